-module(cf_p_pdict_isolation).
-export([main/0]).

%% The process dictionary is per process: children start empty, puts in
%% one process are invisible in another, get_keys/erase/put return values,
%% and many processes work on the same keys concurrently.

p(T, V) -> io:format("~p~n", [{T, V}]).

main() ->
    Self = self(),
    put(shared_key, parent_value),
    put(counter, 0),
    %% a child starts with an empty dictionary (except what spawn sets)
    spawn(fun() -> Self ! {child_view, get(shared_key), get(counter), [K || K <- get_keys(), K =:= shared_key]} end),
    p(child_view, receive {child_view, A, B, C} -> {A, B, C} end),
    %% child puts do not leak to the parent
    spawn(fun() -> put(shared_key, child_value), put(child_only, 1), Self ! {child_put, get(shared_key)} end),
    p(child_put, receive {child_put, V} -> V end),
    p(parent_unchanged, [get(shared_key), get(child_only)]),
    %% put/get/erase return values
    p(put_returns, [put(k, 1), put(k, 2), get(k)]),
    p(erase_returns, [erase(k), erase(k), get(k)]),
    p(get_keys_value, lists:sort(get_keys(parent_value))),
    %% many processes incrementing "counter" in their own dictionaries
    Pids = [spawn(fun() ->
                      put(counter, 0),
                      [put(counter, get(counter) + 1) || _ <- lists:seq(1, N)],
                      Self ! {done, N, get(counter)}
                  end) || N <- lists:seq(1, 20)],
    Res = [receive {done, N, Cnt} -> N =:= Cnt end || N <- lists:seq(1, 20)],
    p(independent_counters, {length(Pids), lists:usort(Res)}),
    p(parent_counter, get(counter)),
    %% erase/0 returns everything and clears only our dictionary
    Helper = spawn(fun() -> put(h, 1), receive {Self, q} -> Self ! {h, get(h)} end end),
    All = erase(),
    p(erase_all, [lists:sort(All), get(), get(shared_key)]),
    Helper ! {Self, q},
    p(helper_kept, receive {h, H} -> H end),
    %% complex keys and values
    put({tuple, key}, #{map => [1, 2]}),
    put(<<"bin">>, {v}),
    put(1.0, float_key),
    put(1, int_key),
    p(complex, [get({tuple, key}), get(<<"bin">>), get(1.0), get(1)]),
    p(sorted_dict, lists:sort(get())),
    %% a dictionary survives receive waits and a hibernate-free loop
    put(loop_state, start),
    self() ! next,
    receive next -> put(loop_state, after_receive) end,
    p(survives_receive, get(loop_state)),
    %% dictionary of a process seen through process_info from another process
    Peer = spawn(fun() -> put(peer_key, peer_val), Self ! ready, receive stop -> ok end end),
    receive ready -> ok end,
    {dictionary, PD} = process_info(Peer, dictionary),
    p(peer_via_info, lists:keyfind(peer_key, 1, PD)),
    Peer ! stop,
    ok.
