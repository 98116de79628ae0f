-module(cf_p_sup_strategies).
-export([main/0, init/1, start_worker/2]).

%% supervisor one_for_all and rest_for_one: which siblings are restarted
%% when the first, middle or last child dies, in which order they are
%% (re)started, and that the untouched children keep their pids.

p(T, V) -> io:format("~p~n", [{T, V}]).

init({Strategy, Parent}) ->
    {ok, {#{strategy => Strategy, intensity => 100, period => 10},
          [#{id => Id, start => {?MODULE, start_worker, [Id, Parent]}} || Id <- [a, b, c, d]]}}.

%% runs in the supervisor process, so the started messages are ordered
start_worker(Id, Parent) ->
    Parent ! {started, Id},
    {ok, spawn_link(fun() -> receive {stop, R} -> exit(R) end end)}.

pids(Sup) -> lists:sort([{Id, P} || {Id, P, _, _} <- supervisor:which_children(Sup)]).

wait_changed(Sup, Id, Old) ->
    case lists:keyfind(Id, 1, pids(Sup)) of
        {Id, Old} -> erlang:yield(), wait_changed(Sup, Id, Old);
        {Id, P} when is_pid(P) -> ok;
        _ -> erlang:yield(), wait_changed(Sup, Id, Old)
    end.

started() -> receive {started, Id} -> [Id | started()] after 0 -> [] end.

run(Strategy) ->
    {ok, Sup} = supervisor:start_link(?MODULE, {Strategy, self()}),
    p({Strategy, initial}, started()),
    [begin
         Before = pids(Sup),
         {Victim, VP} = lists:keyfind(Victim, 1, Before),
         VP ! {stop, Reason},
         wait_changed(Sup, Victim, VP),
         After = pids(Sup),
         Kept = [Id || {{Id, P1}, {Id, P2}} <- lists:zip(Before, After), P1 =:= P2],
         p({Strategy, Victim, Reason}, {restarted_in_order, started(), kept, Kept})
     end || {Victim, Reason} <- [{a, boom}, {b, normal}, {c, {shutdown, x}}, {d, kill_me}]],
    %% killing from outside behaves the same
    {b, BP} = lists:keyfind(b, 1, pids(Sup)),
    exit(BP, kill),
    wait_changed(Sup, b, BP),
    p({Strategy, external_kill}, started()),
    unlink(Sup),
    M = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', M, _, _, R} -> p({Strategy, sup_exit}, R) end.

main() ->
    _ = (catch logger:set_primary_config(level, none)),
    process_flag(trap_exit, true),
    run(one_for_all),
    run(rest_for_one),
    run(one_for_one),
    process_flag(trap_exit, false),
    ok.
