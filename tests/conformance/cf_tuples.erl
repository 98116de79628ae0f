-module(cf_tuples).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    T = I({a, b, c, d}),
    p(element, [element(1, T), element(4, T), t(fun() -> element(5, T) end), t(fun() -> element(0, T) end),
                t(fun() -> element(I(1.0), T) end), t(fun() -> element(1, I([a])) end)]),
    p(setelement, [setelement(1, T, x), setelement(4, T, y), t(fun() -> setelement(5, T, z) end),
                   t(fun() -> setelement(1, I({}), z) end), setelement(2, setelement(2, T, q), r)]),
    p(make_tuple, [erlang:make_tuple(3, z), erlang:make_tuple(0, z), erlang:make_tuple(5, 0, [{2, two}, {4, four}, {2, again}]),
                   t(fun() -> erlang:make_tuple(2, z, [{3, bad}]) end), t(fun() -> erlang:make_tuple(I(-1), z) end)]),
    p(append_element, [erlang:append_element(T, e), erlang:append_element({}, x), t(fun() -> erlang:append_element(I([]), x) end)]),
    p(insert_element, [erlang:insert_element(1, T, first), erlang:insert_element(5, T, last), erlang:insert_element(3, T, mid),
                       t(fun() -> erlang:insert_element(6, T, x) end), t(fun() -> erlang:insert_element(0, T, x) end)]),
    p(delete_element, [erlang:delete_element(1, T), erlang:delete_element(4, T), erlang:delete_element(1, {x}),
                       t(fun() -> erlang:delete_element(5, T) end), t(fun() -> erlang:delete_element(1, I({})) end)]),
    p(tuple_to_list, [tuple_to_list(T), tuple_to_list({}), tuple_to_list({{nested}, [l]})]),
    p(list_to_tuple, [list_to_tuple([1, 2, 3]), list_to_tuple([]), t(fun() -> list_to_tuple(I([a | b])) end)]),
    p(tuple_size, [tuple_size(T), tuple_size({}), size(T), t(fun() -> tuple_size(I([])) end)]),
    p(compare, [{1, 2} < {1, 3}, {2} < {1, 1}, {a, b} == {a, b}, {1} == {1.0}, {1} =:= {1.0}, {} < {a}]),
    Big = erlang:make_tuple(I(1000), x),
    B2 = setelement(500, Big, y),
    p(big_tuple, [tuple_size(Big), element(1000, Big), element(500, B2), element(499, B2), length([E || E <- tuple_to_list(B2), E =:= x])]),
    p(matching, [case I(X) of {A, B} -> {two, A, B}; {A, _, C} -> {three, A, C}; {} -> empty; _ -> other end
                 || X <- [{1, 2}, {1, 2, 3}, {}, {1, 2, 3, 4}, [1, 2]]]),
    p(nested_update, begin N = I({{1, 2}, {3, {4, 5}}}), setelement(2, N, setelement(2, element(2, N), new)) end),
    p(tuple_loop, tsum(I(list_to_tuple(lists:seq(1, 100))), 1, 0)),
    ok.

tsum(T, N, Acc) when N > tuple_size(T) -> Acc;
tsum(T, N, Acc) -> tsum(T, N + 1, Acc + element(N, T)).
