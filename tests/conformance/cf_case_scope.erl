-module(cf_case_scope).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

%% variables bound in all branches of a case are usable afterwards
bind_all(X) ->
    case X of
        {a, V} -> Y = V * 2;
        {b, V} -> Y = V + 100;
        _ -> V = none, Y = default
    end,
    {V, Y}.

%% if with bindings
bind_if(X) ->
    if
        X > 10 -> R = big;
        X > 0 -> R = small;
        true -> R = nonpos
    end,
    R.

%% case returning values used directly
classify(N) ->
    Sign = case N of
               0 -> zero;
               _ when N > 0 -> positive;
               _ -> negative
           end,
    Parity = case N rem 2 of 0 -> even; _ -> odd end,
    {Sign, Parity}.

%% nested case/if/receive combinations
nested(X, Y) ->
    case X of
        a ->
            case Y of
                1 -> a1;
                _ -> if Y > 5 -> a_big; true -> a_small end
            end;
        b ->
            receive never -> never after 0 -> case Y of [] -> b_empty; _ -> b_other end end;
        _ ->
            other
    end.

%% fun capturing variables from enclosing case
capture(X) ->
    F = case X of
            add -> fun(A, B) -> A + B end;
            mul -> fun(A, B) -> A * B end;
            {const, C} -> fun(_, _) -> C end
        end,
    F(6, 7).

%% begin/end blocks and match expressions as values
blocks(X) ->
    A = begin B = X + 1, B * 2 end,
    D = (C = A + 1) + 1,
    {A, C, D}.

%% case on booleans and on compound keys
boolcase(X, Y) ->
    case {X > 0, Y > 0} of
        {true, true} -> q1;
        {false, true} -> q2;
        {false, false} -> q3;
        {true, false} -> q4
    end.

main() ->
    I = fun ?MODULE:id/1,
    p(bind_all, [bind_all(I(X)) || X <- [{a, 1}, {b, 2}, c]]),
    p(bind_if, [bind_if(I(X)) || X <- [11, 5, 0, -3]]),
    p(classify, [classify(I(N)) || N <- [0, 7, -4, -3]]),
    p(nested, [nested(I(X), I(Y)) || {X, Y} <- [{a, 1}, {a, 9}, {a, 2}, {b, []}, {b, [x]}, {c, 0}]]),
    p(capture, [capture(I(X)) || X <- [add, mul, {const, k}]]),
    p(blocks, [blocks(I(X)) || X <- [0, 5]]),
    p(boolcase, [boolcase(I(X), I(Y)) || {X, Y} <- [{1, 1}, {-1, 1}, {-1, -1}, {1, -1}, {0, 0}]]),
    p(case_of_case, case case I(3) of 3 -> three; _ -> other end of three -> nested_ok; _ -> nested_bad end),
    p(andalso_chain, [I(X) > 0 andalso I(X) < 10 andalso I(X) rem 2 =:= 0 || X <- [4, 5, 12, -2]]),
    p(orelse_value, [I(false) orelse I(value), I(true) orelse error(not_evaluated)]),
    ok.
