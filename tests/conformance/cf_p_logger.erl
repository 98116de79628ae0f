-module(cf_p_logger).
-export([main/0, init/1, handle_call/3, handle_cast/2, handle_info/2, start_link/0, log/2]).

%% Logger's default handler prints where erl -noshell prints it (standard
%% output): levels, legacy error_logger calls, gen_server termination
%% reports, the emulator's "Error in process" report and supervisor
%% restarts. A template without the time and a filter that hides pids keep
%% the output deterministic.

sync() -> ok = logger_std_h:filesync(default).

%% A second handler that tells the test each time an event was logged:
%% reports from the emulator and from other processes reach the handlers
%% at a time of their own, so the test waits for them before it prints.
log(_Event, #{config := #{tap := Pid}}) -> Pid ! logged, ok.

logged(0) -> sync();
logged(N) -> receive logged -> logged(N - 1) after 5000 -> io:format("not logged~n") end.

drain() -> receive logged -> drain() after 0 -> ok end.

wait_restart(_, 0) -> false;
wait_restart(Old, N) ->
    case whereis(cf_srv) of
        P when is_pid(P), P =/= Old -> true;
        _ -> timer:sleep(5), wait_restart(Old, N - 1)
    end.

hide_pids(T) when is_pid(T) -> pid;
hide_pids({K, _}) when K =:= heap_size; K =:= stack_size; K =:= reductions -> {K, n};
hide_pids(T) when is_list(T) -> [hide_pids(E) || E <- T];
hide_pids(T) when is_tuple(T) -> list_to_tuple(hide_pids(tuple_to_list(T)));
hide_pids(T) when is_map(T) -> maps:map(fun(_, V) -> hide_pids(V) end, T);
hide_pids(T) -> T.

filter(#{msg := {report, R}} = E, _) -> E#{msg := {report, hide_pids(R)}};
filter(#{msg := {F, A}} = E, _) when is_list(A) -> E#{msg := {F, hide_pids(A)}};
filter(E, _) -> E.

start_link() -> gen_server:start_link({local, cf_srv}, ?MODULE, [], []).
handle_call(get, _From, N) -> {reply, N, N}.
handle_cast(crash, N) -> {noreply, N div 0};
handle_cast(inc, N) -> {noreply, N + 1}.
handle_info(_, N) -> {noreply, N}.

main() ->
    ok = logger:set_handler_config(default, formatter,
            {logger_formatter, #{template => ["[", level, "] ", msg, "\n"], single_line => false}}),
    ok = logger:add_handler_filter(default, hide_pids, {fun filter/2, []}),
    ok = logger:add_handler_filter(default, no_progress,
            {fun logger_filters:progress/2, stop}),
    io:format("levels~n"),
    logger:error("an error ~p", [1]),
    logger:warning("a warning ~s", ["two"]),
    logger:notice("a notice"),
    logger:info("hidden info"),
    logger:debug("hidden debug"),
    logger:error(#{what => report, n => 3}),
    sync(),
    ok = logger:set_primary_config(level, info),
    logger:info("shown info ~w", [{4, five}]),
    sync(),
    ok = logger:set_primary_config(level, notice),
    io:format("error_logger~n"),
    error_logger:error_msg("legacy ~p~n", [six]),
    error_logger:warning_msg("legacy warning~n"),
    error_logger:info_msg("legacy info is hidden~n"),
    error_logger:error_report([{tag, seven}, eight]),
    sync(),
    ok = logger:add_handler(tap, ?MODULE, #{config => #{tap => self()}}),
    drain(),
    io:format("spawned crash~n"),
    {P, M} = spawn_monitor(fun() -> erlang:error({nine, 10}) end),
    R = receive {'DOWN', M, process, P, R0} -> R0 end,
    logged(1),
    io:format("down ~p~n", [R]),
    {P2, M2} = spawn_monitor(fun() -> exit(not_logged) end),
    R2 = receive {'DOWN', M2, process, P2, R20} -> R20 end,
    io:format("down ~p~n", [R2]),
    {P3, M3} = spawn_monitor(fun() -> throw(thrown) end),
    R3 = receive {'DOWN', M3, process, P3, R30} -> R30 end,
    logged(1),
    io:format("down ~p~n", [element(1, R3)]),
    io:format("supervised gen_server~n"),
    {ok, Sup} = supervisor:start_link(?MODULE, sup),
    unlink(Sup),
    gen_server:cast(cf_srv, inc),
    io:format("before ~p~n", [gen_server:call(cf_srv, get)]),
    Old = whereis(cf_srv),
    Ref = monitor(process, Old),
    gen_server:cast(cf_srv, crash),
    Why = receive {'DOWN', Ref, process, _, W} -> W end,
    %% gen_server's report, proc_lib's crash report, the supervisor's report
    logged(3),
    io:format("died ~p~n", [element(1, Why)]),
    io:format("restarted ~p, state ~p~n", [wait_restart(Old, 400), gen_server:call(cf_srv, get)]),
    sync(),
    ok.

init(sup) ->
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10},
          [#{id => srv, start => {?MODULE, start_link, []}}]}};
init([]) -> {ok, 0}.
