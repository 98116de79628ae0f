-module(cf_sets).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

s(Set) -> lists:sort(sets:to_list(Set)).

main() ->
    I = fun ?MODULE:id/1,
    A = sets:from_list(I([1, 2, 3, 4, 5, 3, 1])),
    B = sets:from_list(I([4, 5, 6, 7])),
    p(sets_basic, [s(A), sets:size(A), sets:is_element(3, A), sets:is_element(9, A), sets:is_set(A), sets:is_set(I(x))]),
    p(sets_ops, [s(sets:union(A, B)), s(sets:intersection(A, B)), s(sets:subtract(A, B)), sets:is_disjoint(A, B),
                 sets:is_subset(sets:from_list([1, 2]), A), sets:is_subset(B, A)]),
    p(sets_add_del, [s(sets:add_element(10, A)), s(sets:del_element(1, A)), s(sets:del_element(99, A))]),
    p(sets_fold_filter, [sets:fold(fun(X, Acc) -> X + Acc end, 0, A), s(sets:filter(fun(X) -> X > 2 end, A))]),
    p(sets_union_list, s(sets:union([A, B, sets:from_list([100])]))),
    p(sets_intersection_list, s(sets:intersection([A, B, sets:from_list([5])]))),
    p(sets_empty, [sets:is_empty(sets:new()), sets:size(sets:new()), sets:is_empty(A)]),
    p(sets_int_float, [sets:size(sets:from_list(I([1, 1.0]))), sets:is_element(1.0, sets:from_list(I([1])))]),
    V2 = sets:from_list(I([c, a, b, a]), [{version, 2}]),
    p(sets_v2, [s(V2), sets:size(V2), sets:is_element(a, V2), is_map(V2), s(sets:union(V2, sets:from_list([d], [{version, 2}])))]),
    Big = sets:from_list(lists:seq(1, I(1000))),
    p(sets_big, [sets:size(Big), sets:size(sets:filter(fun(X) -> X rem 10 =:= 0 end, Big)), lists:sum(sets:to_list(Big))]),
    %% ordsets
    O1 = ordsets:from_list(I([5, 3, 1, 3, 4])),
    O2 = ordsets:from_list(I([4, 6, 1])),
    p(ordsets, [O1, O2, ordsets:union(O1, O2), ordsets:intersection(O1, O2), ordsets:subtract(O1, O2),
                ordsets:add_element(2, O1), ordsets:del_element(3, O1), ordsets:is_element(4, O1), ordsets:is_subset([1, 4], O1),
                ordsets:is_disjoint(O1, [7, 8]), ordsets:size(O1), ordsets:union([O1, O2, [0]]), ordsets:intersection([O1, O2, [1]]),
                ordsets:filter(fun(X) -> X > 3 end, O1), ordsets:fold(fun(X, Acc) -> [X | Acc] end, [], O1),
                ordsets:is_set([1, 2, 3]), ordsets:is_set([2, 1]), ordsets:to_list(O1), ordsets:new()]),
    p(ordsets_terms, ordsets:from_list(I([b, 1, "s", 1.0, {x}, a, 2]))),
    %% gb_sets
    G = gb_sets:from_list(I([9, 2, 7, 2, 5])),
    p(gb_sets, [gb_sets:to_list(G), gb_sets:size(G), gb_sets:is_member(7, G), gb_sets:smallest(G), gb_sets:largest(G),
                gb_sets:to_list(gb_sets:add(1, G)), gb_sets:to_list(gb_sets:delete_any(9, G)),
                gb_sets:to_list(gb_sets:union(G, gb_sets:from_list([100]))), gb_sets:to_list(gb_sets:intersection(G, gb_sets:from_list([2, 5, 6]))),
                gb_sets:to_list(gb_sets:filter(fun(X) -> X > 4 end, G)), gb_sets:fold(fun(X, A0) -> X + A0 end, 0, G)]),
    {Min, G2} = gb_sets:take_smallest(G),
    p(gb_sets_take, {Min, gb_sets:to_list(G2)}),
    p(gb_sets_iter, iter(gb_sets:next(gb_sets:iterator_from(5, G)))),
    ok.

iter(none) -> [];
iter({X, It}) -> [X | iter(gb_sets:next(It))].
