-module(cf_pdict).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    %% note: erl -eval may leave entries in the dictionary; only look at our keys
    p(put_new, put(I(k1), v1)),
    p(put_old, put(I(k1), v2)),
    p(get, [get(k1), get(missing), get(I({tuple, key}))]),
    put({tuple, key}, [list]),
    put(1, int),
    put(1.0, float),
    put(<<"b">>, bin),
    p(get_more, [get({tuple, key}), get(1), get(1.0), get(<<"b">>)]),
    p(get_keys, lists:sort(get_keys(v2))),
    put(k2, v2),
    p(get_keys_v2, lists:sort(get_keys(v2))),
    p(erase_one, [erase(k1), erase(k1), get(k1)]),
    Mine = [k2, {tuple, key}, 1, 1.0, <<"b">>],
    p(mine, lists:sort([{K, get(K)} || K <- Mine])),
    p(in_get, lists:sort([KV || {K, _} = KV <- get(), lists:member(K, Mine)])),
    %% counters
    [put(counter, (case get(counter) of undefined -> 0; C -> C end) + 1) || _ <- lists:seq(1, I(1000))],
    p(counter, get(counter)),
    %% many keys
    [put({n, N}, N * N) || N <- lists:seq(1, I(500))],
    p(many, {get({n, 1}), get({n, 500}), lists:sum([get({n, N}) || N <- lists:seq(1, 500)])}),
    [erase({n, N}) || N <- lists:seq(1, 500)],
    p(after_erase, get({n, 7})),
    %% dictionary is per-process
    Parent = self(),
    put(shared, parent_value),
    spawn(fun() -> Parent ! {child, get(shared), put(shared, child_value), get(shared)} end),
    receive {child, A, B, C2} -> p(child_view, {A, B, C2}) after 5000 -> p(child_view, timeout) end,
    p(parent_view, get(shared)),
    %% erase all (then restore nothing): check it returns our keys
    All = erase(),
    %% 1 and 1.0 compare equal, so keep them out of the sort (their order in erase() is unspecified)
    Ours = [K || {K, _} <- All, lists:member(K, [shared, counter | Mine])],
    p(erase_all_has_ours, {lists:sort([K || K <- Ours, not is_number(K)]), lists:sort([{K, is_float(K)} || K <- Ours, is_number(K)])}),
    p(after_erase_all, {get(shared), get(counter), get()}),
    ok.
