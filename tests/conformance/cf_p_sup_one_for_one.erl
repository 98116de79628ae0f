-module(cf_p_sup_one_for_one).
-export([main/0, init/1, start_worker/2]).

%% supervisor one_for_one: permanent / transient / temporary children
%% exiting with normal, shutdown, {shutdown, _} and other reasons; which
%% children are restarted, and the which_children shapes (no pids).
%% Reports are silenced with logger:set_primary_config(level, none).

p(T, V) -> io:format("~p~n", [{T, V}]).

init(Parent) ->
    Child = fun(Id, Restart) -> #{id => Id, start => {?MODULE, start_worker, [Id, Parent]}, restart => Restart} end,
    {ok, {#{strategy => one_for_one, intensity => 100, period => 10},
          [Child(perm, permanent), Child(trans, transient), Child(temp, temporary)]}}.

%% runs in the supervisor: the started messages arrive in start order
start_worker(Id, Parent) ->
    Parent ! {started, Id},
    {ok, spawn_link(fun() -> receive {stop, R} -> exit(R) end end)}.

shape(Sup) ->
    [{Id, case P of undefined -> undefined; restarting -> restarting; _ when is_pid(P) -> pid end, T, M}
     || {Id, P, T, M} <- supervisor:which_children(Sup)].

pid_of(Sup, Id) -> case lists:keyfind(Id, 1, supervisor:which_children(Sup)) of {_, P, _, _} -> P; false -> gone end.

wait_changed(Sup, Id, Old) ->
    case pid_of(Sup, Id) of
        Old -> erlang:yield(), wait_changed(Sup, Id, Old);
        _ -> ok
    end.

ensure_running(Sup, Id) ->
    case pid_of(Sup, Id) of
        undefined -> {ok, _} = supervisor:restart_child(Sup, Id), receive {started, Id} -> ok end;
        _ -> ok
    end.

started() -> receive {started, Id} -> [Id | started()] after 0 -> [] end.

main() ->
    _ = (catch logger:set_primary_config(level, none)),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, self()),
    p(initial_starts, [receive {started, Id} -> Id after 2000 -> timeout end || _ <- [1, 2, 3]]),
    p(initial_shape, shape(Sup)),
    Cases = [{perm, normal}, {perm, boom}, {perm, shutdown},
             {trans, normal}, {trans, {shutdown, x}}, {trans, boom}, {trans, shutdown},
             {temp, boom}],
    [begin
         ensure_running(Sup, Id),
         case pid_of(Sup, Id) of
             P when is_pid(P) ->
                 P ! {stop, Reason},
                 wait_changed(Sup, Id, P),
                 p({Id, Reason}, {restarted, started(), shape(Sup)});
             Other ->
                 p({Id, Reason}, {not_running, Other})
         end
     end || {Id, Reason} <- Cases],
    p(count_children, supervisor:count_children(Sup)),
    %% a child killed from outside is restarted too
    PermPid = pid_of(Sup, perm),
    exit(PermPid, kill),
    wait_changed(Sup, perm, PermPid),
    p(killed_restart, started()),
    unlink(Sup),
    MS = monitor(process, Sup),
    exit(Sup, shutdown),
    p(sup_down, receive {'DOWN', MS, process, Sup, R} -> R after 2000 -> timeout end),
    process_flag(trap_exit, false),
    ok.
