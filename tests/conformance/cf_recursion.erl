-module(cf_recursion).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

%% body recursion, 100000 deep and more
len([]) -> 0;
len([_ | T]) -> 1 + len(T).

sum_body(0) -> 0;
sum_body(N) -> N + sum_body(N - 1).

map_body(_, []) -> [];
map_body(F, [H | T]) -> [F(H) | map_body(F, T)].

build(0) -> [];
build(N) -> [N | build(N - 1)].

%% tail recursion over big lists
sum_tail([], Acc) -> Acc;
sum_tail([H | T], Acc) -> sum_tail(T, Acc + H).

count_tail(0, Acc) -> Acc;
count_tail(N, Acc) -> count_tail(N - 1, Acc + 1).

rev([], Acc) -> Acc;
rev([H | T], Acc) -> rev(T, [H | Acc]).

%% mutual recursion
even(0) -> true;
even(N) -> odd(N - 1).
odd(0) -> false;
odd(N) -> even(N - 1).

%% deep non-tail recursion building nested tuples
nest(0) -> leaf;
nest(N) -> {node, nest(N - 1)}.

depth(leaf) -> 0;
depth({node, T}) -> 1 + depth(T).

ackermann(0, N) -> N + 1;
ackermann(M, 0) -> ackermann(M - 1, 1);
ackermann(M, N) -> ackermann(M - 1, ackermann(M, N - 1)).

hanoi(0, _, _, _) -> 0;
hanoi(N, A, B, C) -> hanoi(N - 1, A, C, B) + 1 + hanoi(N - 1, C, B, A).

%% recursion with try in every frame
try_deep(0) -> 0;
try_deep(N) -> try 1 + try_deep(N - 1) catch _:_ -> error end.

%% deep recursion inside a catch that throws from the bottom
throw_deep(0) -> throw(bottom);
throw_deep(N) -> [N | throw_deep(N - 1)].

main() ->
    I = fun ?MODULE:id/1,
    Big = lists:seq(1, I(100000)),
    p(len_body, len(Big)),
    p(sum_body, sum_body(I(100000))),
    p(sum_body_1m, sum_body(I(1000000))),
    p(map_body, lists:sum(map_body(fun(X) -> X * 2 end, Big))),
    p(build, {length(build(I(200000))), hd(build(I(5)))}),
    p(sum_tail, sum_tail(lists:seq(1, I(1000000)), 0)),
    p(count_tail, count_tail(I(5000000), 0)),
    p(rev, begin R = rev(Big, []), {hd(R), lists:last(R)} end),
    p(mutual, [even(I(100001)), odd(I(100001)), even(I(1000000))]),
    p(nest, depth(nest(I(100000)))),
    p(ackermann, {ackermann(I(2), 3), ackermann(I(3), 5)}),
    p(hanoi, hanoi(I(18), a, b, c)),
    p(try_deep, try_deep(I(50000))),
    p(throw_deep, catch throw_deep(I(100000))),
    p(lists_on_deep, {lists:max(Big), length(lists:reverse(Big)), length(lists:flatten([[X] || X <- Big]))}),
    p(deep_term_compare, nest(I(50000)) =:= nest(I(50000))),
    p(deep_list_append, length(lists:append([[X, X] || X <- Big]))),
    p(string_concat, length(lists:flatten(lists:duplicate(I(10000), "abc")))),
    ok.
