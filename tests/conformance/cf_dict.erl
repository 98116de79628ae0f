-module(cf_dict).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    %% orddict: ordered list representation
    O = orddict:from_list(I([{b, 2}, {a, 1}, {c, 3}, {a, 10}])),
    p(orddict, [O, orddict:store(d, 4, O), orddict:store(a, 0, O), orddict:find(b, O), orddict:find(z, O),
                orddict:fetch(c, O), t(fun() -> orddict:fetch(z, O) end), orddict:is_key(a, O), orddict:erase(b, O),
                orddict:append(e, 1, O), orddict:append_list(a, [x], orddict:store(a, [w], O)), orddict:update_counter(c, 5, O),
                orddict:update(a, fun(V) -> V * 2 end, O), orddict:update(z, fun(V) -> V end, 0, O), orddict:fetch_keys(O),
                orddict:size(O), orddict:map(fun(_, V) -> -V end, O), orddict:filter(fun(_, V) -> V > 2 end, O),
                orddict:fold(fun(K, V, A) -> [{V, K} | A] end, [], O), orddict:merge(fun(_, A, B) -> A + B end, O, [{a, 5}, {z, 26}]),
                orddict:to_list(O), orddict:take(a, O), orddict:take(z, O)]),
    p(orddict_numeric_keys, orddict:from_list(I([{1, int}, {1.0, float}, {2, two}]))),
    %% dict: hash based; print through sorted to_list
    D = dict:from_list(I([{b, 2}, {a, 1}, {c, 3}, {a, 10}])),
    S = fun(X) -> lists:sort(dict:to_list(X)) end,
    p(dict, [S(D), S(dict:store(d, 4, D)), dict:find(a, D), dict:find(z, D), dict:fetch(b, D), t(fun() -> dict:fetch(z, D) end),
             dict:is_key(c, D), S(dict:erase(a, D)), S(dict:append(a, x, dict:store(a, [], D))), S(dict:update_counter(b, 1, D)),
             S(dict:update(c, fun(V) -> V * 3 end, D)), lists:sort(dict:fetch_keys(D)), dict:size(D), dict:is_empty(dict:new()),
             S(dict:map(fun(_, V) -> V + 1 end, D)), S(dict:filter(fun(K, _) -> K =/= b end, D)),
             lists:sort(dict:fold(fun(K, V, A) -> [{K, V} | A] end, [], D)), S(dict:merge(fun(_, A, B) -> {A, B} end, D, dict:from_list([{a, x}])))]),
    Big = dict:from_list([{N, N * 2} || N <- lists:seq(1, I(1000))]),
    p(dict_big, {dict:size(Big), dict:fetch(777, Big), lists:sum([V || {_, V} <- dict:to_list(Big)])}),
    p(dict_numeric_keys, lists:sort(dict:to_list(dict:from_list(I([{1, int}, {1.0, float}]))))),
    %% array module
    A = array:from_list(I([a, b, c, d])),
    p(array, [array:size(A), array:get(0, A), array:get(3, A), array:to_list(array:set(1, x, A)), array:get(10, A),
              array:to_list(array:set(6, z, A)), array:size(array:set(6, z, A)), array:default(A),
              array:to_orddict(A), array:sparse_to_list(array:set(6, z, array:new())),
              array:foldl(fun(Ix, V, Acc) -> [{Ix, V} | Acc] end, [], A), array:to_list(array:map(fun(_, V) -> {V} end, A)),
              t(fun() -> array:get(-1, A) end), t(fun() -> array:set(5, x, array:fix(A)) end), array:is_fix(array:fix(A)),
              array:to_list(array:resize(2, A)), array:get(5, array:new(10, {default, dflt}))]),
    BigA = lists:foldl(fun(Ix, Acc) -> array:set(Ix, Ix * Ix, Acc) end, array:new(), lists:seq(0, I(2000))),
    p(array_big, {array:size(BigA), array:get(1999, BigA), array:sparse_size(BigA)}),
    ok.
