-module(cf_guard_fail).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

%% an exception in a guard makes that guard fail, the next clause is tried
f1(X) when 1 / X > 0.5 -> big_inverse;
f1(X) when is_number(X) -> number;
f1(_) -> other.

%% ';' separated guards: an exception in the first only fails the first
f2(X) when element(1, X) =:= a; is_atom(X) -> a_or_atom;
f2(_) -> neither.

%% ',' : all must succeed
f3(X) when is_list(X), length(X) > 1, hd(X) =:= x -> ok;
f3(_) -> fail.

%% orelse inside a guard: an exception anywhere fails the whole guard
f4(X) when hd(X) =:= a orelse is_atom(X) -> yes;
f4(_) -> no.

%% or is strict: both sides evaluated
f5(X) when is_atom(X) or (X > 3) -> yes;
f5(_) -> no.

f5b(X) when is_atom(X) or (element(1, X) =:= k) -> yes;
f5b(_) -> no.

%% andalso short circuits
f6(X) when is_tuple(X) andalso element(1, X) =:= t -> yes;
f6(_) -> no.

%% not / xor
f7(X) when not (X > 10) -> le10;
f7(_) -> gt10.
f8(A, B) when A xor B -> differ;
f8(_, _) -> same_or_bad.

%% non-boolean guard results fail the guard
f9(X) when X -> true_guard;
f9(_) -> not_true.

%% arithmetic errors in guards
f10(X) when X + 1 > 0 -> pos;
f10(_) -> nonpos_or_bad.
f11(X) when X div 0 > 0 -> never;
f11(_) -> div_zero_fails.
f12(X) when trunc(X) > 1, float(X) > 1.0 -> yes;
f12(_) -> no.

%% guard with map matching and size
f13(#{a := A} = M) when map_size(M) > 1, A > 0 -> {a, A};
f13(#{}) -> small_map;
f13(_) -> not_map.

%% comparisons of mixed types in guards never fail
f14(X) when X > 1000 -> gt;
f14(X) when X < 0 -> lt;
f14(_) -> mid.

if_test(X) ->
    if
        X / 2 > 1 -> half_big;
        element(1, X) =:= e -> tuple_e;
        true -> fallthrough
    end.

case_test(X) ->
    case X of
        {N} when N * 2 > 10 -> big;
        {N} when is_integer(N) -> small;
        L when length(L) == 2 -> pair_list;
        _ -> other
    end.

bad_if(X) ->
    if X > 10 -> big end.

main() ->
    I = fun ?MODULE:id/1,
    p(f1, [f1(I(V)) || V <- [1, 0, 0.0, 4, a, 1.5]]),
    p(f2, [f2(I(V)) || V <- [{a}, {b}, a, [a], {}]]),
    p(f3, [f3(I(V)) || V <- [[x, y], [x], [y, x], [x | y], x]]),
    p(f4, [f4(I(V)) || V <- [[a], a, [b], b, {}]]),
    p(f5, [f5(I(V)) || V <- [a, 5, 1, "x", 3.5]]),
    p(f5b, [f5b(I(V)) || V <- [a, {k}, {j}, 1]]),
    p(f6, [f6(I(V)) || V <- [{t}, {u}, t, {}]]),
    p(f7, [f7(I(V)) || V <- [1, 11, a, 10.0]]),
    p(f8, [f8(I(A), I(B)) || {A, B} <- [{true, false}, {true, true}, {false, false}, {1, true}]]),
    p(f9, [f9(I(V)) || V <- [true, false, 1, yes]]),
    p(f10, [f10(I(V)) || V <- [1, -5, 0, a, -0.5]]),
    p(f11, [f11(I(V)) || V <- [1, 5]]),
    p(f12, [f12(I(V)) || V <- [2, 2.5, 1, a]]),
    p(f13, [f13(I(V)) || V <- [#{a => 1, b => 2}, #{a => 0, b => 1}, #{a => 5}, #{}, [a]]]),
    p(f14, [f14(I(V)) || V <- [2000, -1, 5, a, "x", {}, -1.0e10, 1.0e10]]),
    p(if_test, [if_test(I(V)) || V <- [4, 2, {e}, {f}, e]]),
    p(case_test, [case_test(I(V)) || V <- [{6}, {5}, {a}, [1, 2], [1, 2, 3], {1, 2}]]),
    p(bad_if, [t(fun() -> bad_if(I(V)) end) || V <- [11, 1]]),
    p(no_clause, [t(fun() -> f2_strict(I(V)) end) || V <- [1, a]]),
    p(guard_vs_body, [t(fun() -> element(2, I({a})) end),
                      t(fun() -> X = I({a}), if element(2, X) =:= a -> yes; true -> no end end)]),
    p(bool_guard_exprs, [t(fun() -> bool_g(I(V)) end) || V <- [true, false, 1]]),
    ok.

f2_strict(X) when is_atom(X) -> atom.

bool_g(X) when X =:= true; X =:= false -> {bool, not X};
bool_g(X) -> {other, X}.

t(F) -> try F() catch C:R -> {C, R} end.
