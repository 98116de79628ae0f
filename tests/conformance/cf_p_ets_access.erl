-module(cf_p_ets_access).
-export([main/0]).

%% ETS access rights across processes: public / protected / private tables
%% read and written from another process (badarg where denied), for each
%% table type, plus info(protection) and the owner seeing everything.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

%% run F in a fresh process and return its result
elsewhere(F) ->
    Self = self(),
    {P, M} = spawn_monitor(fun() -> Self ! {res, self(), c(F)} end),
    R = receive {res, P, X} -> X after 2000 -> timeout end,
    receive {'DOWN', M, _, _, _} -> ok end,
    R.

ops(T) ->
    [{lookup, fun() -> ets:lookup(T, k) end},
     {member, fun() -> ets:member(T, k) end},
     {insert, fun() -> ets:insert(T, {k2, other}) end},
     {delete_key, fun() -> ets:delete(T, k2) end},
     {match, fun() -> ets:match(T, {'$1', '_'}) end},
     {select_count, fun() -> ets:select_count(T, [{'_', [], [true]}]) end},
     {info_size, fun() -> ets:info(T, size) end},
     {first, fun() -> ets:first(T) end},
     {update_counter, fun() -> ets:update_counter(T, n, 1) end}].

main() ->
    [begin
         T = ets:new(acc, [Type, Access]),
         ets:insert(T, [{k, v}, {n, 0}]),
         Res = [{Op, elsewhere(F)} || {Op, F} <- ops(T)],
         p({Type, Access}, Res),
         p({Type, Access, owner_view}, [ets:info(T, protection), ets:lookup(T, k), ets:lookup(T, n)]),
         %% only the owner may delete a non-public table
         p({Type, Access, delete_elsewhere}, [elsewhere(fun() -> ets:delete(T) end), ets:info(T, type)]),
         catch ets:delete(T)
     end || Type <- [set, ordered_set, bag, duplicate_bag], Access <- [public, protected, private]],
    %% default protection is protected
    D = ets:new(dflt, []),
    p(default_protection, ets:info(D, protection)),
    ets:insert(D, {a, 1}),
    p(default_other_read, elsewhere(fun() -> ets:lookup(D, a) end)),
    p(default_other_write, elsewhere(fun() -> ets:insert(D, {b, 2}) end)),
    %% named private table: the name resolves, access is still denied
    ets:new(cf_p_ets_priv_named, [named_table, private]),
    p(named_private, [elsewhere(fun() -> ets:info(cf_p_ets_priv_named, protection) end),
                      elsewhere(fun() -> ets:lookup(cf_p_ets_priv_named, x) end)]),
    ets:delete(cf_p_ets_priv_named),
    ok.
