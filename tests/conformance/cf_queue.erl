-module(cf_queue).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    Q0 = queue:new(),
    Q1 = queue:in(a, Q0),
    Q2 = queue:in(b, Q1),
    Q3 = queue:in_r(z, Q2),
    p(to_list, [queue:to_list(Q) || Q <- [Q0, Q1, Q2, Q3]]),
    p(len_empty, [{queue:len(Q), queue:is_empty(Q)} || Q <- [Q0, Q3]]),
    {{value, V1}, Q4} = queue:out(Q3),
    {{value, V2}, Q5} = queue:out_r(Q4),
    p(out, {V1, V2, queue:to_list(Q5), queue:out(Q0), queue:out_r(Q0)}),
    Q = queue:from_list(I(lists:seq(1, 10))),
    p(from_list, queue:to_list(Q)),
    p(peek, [queue:peek(Q), queue:peek_r(Q), queue:peek(Q0), queue:get(Q), queue:get_r(Q), t(fun() -> queue:get(Q0) end)]),
    p(drop, [queue:to_list(queue:drop(Q)), queue:to_list(queue:drop_r(Q)), t(fun() -> queue:drop(Q0) end)]),
    p(reverse, queue:to_list(queue:reverse(Q))),
    p(join, queue:to_list(queue:join(Q, queue:from_list([a, b])))),
    {Qa, Qb} = queue:split(3, Q),
    p(split, {queue:to_list(Qa), queue:to_list(Qb)}),
    p(filter, queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 0 end, Q))),
    p(filter_expand, queue:to_list(queue:filter(fun(X) when X < 3 -> [X, X]; (_) -> false end, Q))),
    p(member, [queue:member(5, Q), queue:member(50, Q)]),
    p(head_tail, [queue:head(Q), queue:last(Q), queue:to_list(queue:tail(Q)), queue:to_list(queue:init(Q)),
                  t(fun() -> queue:head(Q0) end)]),
    p(cons_snoc, [queue:to_list(queue:cons(0, Q)), queue:to_list(queue:snoc(Q, 11))]),
    p(liat, queue:to_list(queue:liat(Q))),
    p(is_queue, [queue:is_queue(Q), queue:is_queue(I([])), queue:is_queue(I({[], []}))]),
    p(fold_all_any, [queue:fold(fun(X, A) -> X + A end, 0, Q), queue:all(fun(X) -> X > 0 end, Q), queue:any(fun(X) -> X > 9 end, Q)]),
    p(delete, [queue:to_list(queue:delete(5, Q)), queue:to_list(queue:delete_r(1, Q)),
               queue:to_list(queue:delete_with(fun(X) -> X > 8 end, Q))]),
    p(filtermap, queue:to_list(queue:filtermap(fun(X) when X > 7 -> {true, -X}; (_) -> false end, Q))),
    %% FIFO behavior under many operations
    Big = lists:foldl(fun(X, Acc) -> queue:in(X, Acc) end, queue:new(), lists:seq(1, I(10000))),
    {Drained, Rest} = drain(Big, 5000, []),
    p(big, {queue:len(Big), lists:sum(Drained), hd(lists:reverse(Drained)), queue:len(Rest), queue:peek(Rest)}),
    %% alternating in/out
    p(alternate, alternate(queue:new(), 1, [])),
    ok.

drain(Q, 0, Acc) -> {Acc, Q};
drain(Q, N, Acc) -> {{value, V}, Q2} = queue:out(Q), drain(Q2, N - 1, [V | Acc]).

alternate(_, 20, Acc) -> lists:reverse(Acc);
alternate(Q, N, Acc) ->
    Q1 = queue:in(N, queue:in(N * 10, Q)),
    {{value, V}, Q2} = queue:out(Q1),
    alternate(Q2, N + 1, [V | Acc]).
