-module(cf_p_sup_simple).
-export([main/0, init/1, start_worker/3]).

%% simple_one_for_one: start_child with extra arguments, many children,
%% which_children/count_children shapes, terminate_child by pid, restart
%% types of the template (transient), and errors of unsupported calls.

p(T, V) -> io:format("~p~n", [{T, V}]).

init({Restart, Parent}) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 100, period => 10},
          [#{id => tmpl, start => {?MODULE, start_worker, [Parent]}, restart => Restart}]}}.

%% the template args come first, start_child args are appended
start_worker(Parent, Name, Mode) ->
    Parent ! {started, Name},
    case Mode of
        ignore -> ignore;
        error -> {error, {refused, Name}};
        ok -> {ok, spawn_link(fun() -> loop(Name) end)};
        info -> {ok, spawn_link(fun() -> loop(Name) end), {extra, Name}}
    end.

loop(Name) ->
    receive
        {name, From} -> From ! {name, Name}, loop(Name);
        {stop, R} -> exit(R)
    end.

ask(P) -> P ! {name, self()}, receive {name, N} -> N after 2000 -> timeout end.

started() -> receive {started, Id} -> [Id | started()] after 0 -> [] end.

strip({ok, P}) when is_pid(P) -> {ok, pid};
strip({ok, P, Info}) when is_pid(P) -> {ok, pid, Info};
strip(Other) -> Other.

main() ->
    _ = (catch logger:set_primary_config(level, none)),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, {transient, self()}),
    p(empty, [supervisor:which_children(Sup), supervisor:count_children(Sup)]),
    Res = [supervisor:start_child(Sup, [N, ok]) || N <- [w1, w2, w3]],
    p(start_child, [strip(R) || R <- Res]),
    Pids = [P || {ok, P} <- Res],
    p(names, [ask(P) || P <- Pids]),
    p(started_order, started()),
    p(other_results, [strip(supervisor:start_child(Sup, [w4, info])), strip(supervisor:start_child(Sup, [w5, ignore])),
                      strip(supervisor:start_child(Sup, [w6, error]))]),
    started(),
    p(which_shape, [{Id, is_pid(P), T, M} || {Id, P, T, M} <- supervisor:which_children(Sup)]),
    p(count, supervisor:count_children(Sup)),
    %% transient: abnormal exit restarts with the same arguments
    [P1, P2, P3] = Pids,
    M1 = monitor(process, P1),
    P1 ! {stop, boom},
    receive {'DOWN', M1, _, _, _} -> ok end,
    p(restarted_after_boom, receive {started, N1} -> N1 after 2000 -> timeout end),
    %% normal exit: not restarted
    M2 = monitor(process, P2),
    P2 ! {stop, normal},
    receive {'DOWN', M2, _, _, _} -> ok end,
    wait_count(Sup, 3),
    p(after_normal, [started(), proplists:get_value(active, supervisor:count_children(Sup))]),
    %% terminate_child by pid
    p(terminate_by_pid, [supervisor:terminate_child(Sup, P3), is_process_alive(P3),
                         supervisor:terminate_child(Sup, P3)]),
    p(names_left, lists:sort([ask(P) || {_, P, _, _} <- supervisor:which_children(Sup)])),
    %% unsupported for simple_one_for_one
    p(unsupported, [supervisor:restart_child(Sup, tmpl), supervisor:delete_child(Sup, tmpl),
                    supervisor:terminate_child(Sup, tmpl)]),
    %% many children
    Many = [element(2, supervisor:start_child(Sup, [{m, I}, ok])) || I <- lists:seq(1, 50)],
    started(),
    p(many, {length(Many), proplists:get_value(active, supervisor:count_children(Sup))}),
    unlink(Sup),
    MS = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', MS, _, _, R} -> p(sup_exit, R) end,
    p(children_dead, lists:any(fun erlang:is_process_alive/1, Many)),
    process_flag(trap_exit, false),
    ok.

wait_count(Sup, N) ->
    case proplists:get_value(active, supervisor:count_children(Sup)) of
        N -> ok;
        _ -> erlang:yield(), wait_count(Sup, N)
    end.
