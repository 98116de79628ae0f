-module(cf_pattern_match).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

%% clause selection over many shapes
shape([]) -> empty_list;
shape([_]) -> singleton;
shape([X, X | _]) -> starts_with_pair;
shape([_ | _]) -> list;
shape({}) -> empty_tuple;
shape({X, X}) -> same_pair;
shape({_, _}) -> pair;
shape(#{}) -> map;
shape(<<>>) -> empty_bin;
shape(<<_/binary>>) -> binary;
shape(X) when is_atom(X) -> atom;
shape(X) when X > 0 -> positive;
shape(_) -> other.

%% string prefix matching
cmd("get " ++ Key) -> {get, Key};
cmd("set " ++ Rest) -> [K, V] = string:split(Rest, " "), {set, K, V};
cmd([$# | _]) -> comment;
cmd(_) -> unknown.

%% deep nested patterns with aliases
deep({a, [B, {c, C} = Pair | Rest]} = Whole) -> {B, C, Pair, length(Rest), tuple_size(Whole)};
deep(_) -> nomatch.

%% repeated variables across arguments
same(X, X) -> same;
same(_, _) -> different.

%% literal matching of numbers: 1 does not match 1.0
num(1) -> int_one;
num(1.0) -> float_one;
num(0.0) -> zero;
num(_) -> other.

main() ->
    I = fun ?MODULE:id/1,
    p(shape, [shape(I(X)) || X <- [[], [a], [b, b, c], [a, b], {}, {1, 1}, {1, 2}, {ok, x}, #{a => 1}, <<>>, <<1>>, <<1:1>>,
                                    atom, 5, -5, 1.5, "s"]]),
    p(cmd, [cmd(I(S)) || S <- ["get foo", "set k v", "# note", "get", "", "getfoo"]]),
    p(deep, [deep(I(X)) || X <- [{a, [1, {c, 2}, x, y]}, {a, [1, {d, 2}]}, {a, [1]}, x]]),
    p(same, [same(I(A), I(B)) || {A, B} <- [{1, 1}, {1, 1.0}, {[a], [a]}, {<<"x">>, <<"x">>}, {#{a => 1}, #{a => 1}}, {a, b}]]),
    p(num, [num(I(X)) || X <- [1, 1.0, 0.0, -0.0, 0, 2]]),
    %% match operator chains and aliases
    A = B = C = I({x, y}),
    p(chain, {A, B, C}),
    {P1, _} = P2 = I({left, right}),
    p(alias, {P1, P2}),
    [H | T] = I("hello"),
    p(cons, {H, T}),
    p(match_in_expr, begin X1 = {ok, V} = I({ok, 42}), {X1, V} end),
    %% bound variables in patterns
    Want = I(3),
    p(bound_in_case, [case I(Y) of Want -> match; _ -> nomatch end || Y <- [3, 3.0, 4]]),
    p(bound_in_lc, [Z || {Want2, Z} <- I([{3, a}, {4, b}, {3, c}]), Want2 =:= Want]),
    %% underscore variables
    {_Ignored, Used} = I({1, 2}),
    p(underscore, Used),
    %% binaries and maps inside lists/tuples
    p(mixed, [case I(M) of
                  {#{type := T2}, <<Len:8, Rest/binary>>} when byte_size(Rest) =:= Len -> {T2, Rest};
                  {#{type := T2}, _} -> {T2, bad_payload};
                  _ -> unknown
              end || M <- [{#{type => a}, <<2, "hi">>}, {#{type => b}, <<5, "hi">>}, {#{}, <<>>}]]),
    %% badmatch values
    p(badmatch, [t(fun() -> {ok, _} = I({error, x}) end), t(fun() -> [_, _] = I([1, 2, 3]) end),
                 t(fun() -> <<_:16>> = I(<<1>>) end), t(fun() -> "abc" ++ _ = I("xbc") end),
                 t(fun() -> #{a := 1} = I(#{a => 2}) end)]),
    %% pattern with arithmetic-free literals: negative numbers, chars, strings
    p(literals, [case I(L) of -1 -> neg_one; $a -> char_a; "ab" -> str_ab; 'ab' -> atom_ab; 2.5 -> two_half; _ -> other end
                 || L <- [-1, 97, "ab", ab, 2.5, [97, 98]]]),
    ok.
