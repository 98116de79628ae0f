-module(cf_p_proc_lib).
-export([main/0, init_ok/2, init_fail/1, init_slow/1, plain/1]).

%% proc_lib: spawn_link/spawn with MFA and funs, start_link/start with
%% init_ack (value returned to the caller), start timeouts, initial_call
%% as recorded by proc_lib, '$ancestors', and exits of proc_lib processes
%% with normal/shutdown reasons (no crash reports).

p(T, V) -> io:format("~p~n", [{T, V}]).

init_ok(Parent, Tag) ->
    proc_lib:init_ack(Parent, {ok, self(), Tag}),
    receive {stop, R} -> exit(R); {ask, From} -> From ! {answer, get('$ancestors') =:= [Parent]}, init_ok_loop() end.

init_ok_loop() -> receive {stop, R} -> exit(R) end.

init_fail(Parent) ->
    proc_lib:init_ack(Parent, {error, refused}),
    exit(normal).

init_slow(Parent) ->
    receive after 200 -> proc_lib:init_ack(Parent, {ok, self(), late}) end.

plain(Parent) ->
    Parent ! {plain_running, proc_lib:initial_call(self()) =/= false},
    receive {stop, R} -> exit(R) end.

main() ->
    _ = (catch logger:set_primary_config(level, none)),
    Self = self(),
    process_flag(trap_exit, true),
    %% start_link returns whatever init_ack was given
    {ok, P1, tag1} = proc_lib:start_link(?MODULE, init_ok, [Self, tag1]),
    p(start_link_ok, {is_pid(P1), tag1}),
    {links, L} = process_info(self(), links),
    p(linked, lists:member(P1, L)),
    P1 ! {ask, Self},
    p(ancestors, receive {answer, A} -> A after 2000 -> timeout end),
    p(initial_call, proc_lib:initial_call(P1)),
    p(translate_initial_call, proc_lib:translate_initial_call(P1)),
    P1 ! {stop, shutdown},
    p(exit_shutdown, receive {'EXIT', P1, R1} -> R1 after 2000 -> timeout end),
    %% init_ack with an error value
    p(start_fail, proc_lib:start_link(?MODULE, init_fail, [Self])),
    receive {'EXIT', _, normal} -> ok after 2000 -> ok end,
    %% start (no link) with a timeout that expires
    R2 = (catch proc_lib:start(?MODULE, init_slow, [Self], 20)),
    p(start_timeout, case R2 of {error, timeout} -> {error, timeout}; {'EXIT', {timeout, _}} -> exit_timeout; _ -> R2 end),
    %% start without timeout waits for init_ack
    {ok, P3, late} = proc_lib:start(?MODULE, init_slow, [Self]),
    p(start_slow, is_pid(P3)),
    exit(P3, kill),
    %% spawn_link with MFA and fun
    P4 = proc_lib:spawn_link(?MODULE, plain, [Self]),
    p(spawn_link_mfa, receive {plain_running, B} -> B after 2000 -> timeout end),
    p(spawn_initial_call, proc_lib:initial_call(P4)),
    P4 ! {stop, {shutdown, done}},
    p(spawn_link_exit, receive {'EXIT', P4, R4} -> R4 after 2000 -> timeout end),
    P5 = proc_lib:spawn_link(fun() -> Self ! {fun_running, get('$ancestors') =:= [Self]}, exit(normal) end),
    p(spawn_link_fun, receive {fun_running, B5} -> B5 after 2000 -> timeout end),
    p(spawn_link_fun_exit, receive {'EXIT', P5, R5} -> R5 after 2000 -> timeout end),
    {P6, M6} = proc_lib:spawn_opt(fun() -> exit(shutdown) end, [monitor]),
    p(spawn_opt_monitor, receive {'DOWN', M6, process, P6, R6} -> R6 after 2000 -> timeout end),
    %% proc_lib:stop/1,3 on a proc_lib process
    {ok, P7, t7} = proc_lib:start_link(?MODULE, init_ok, [Self, t7]),
    p(stop_unresponsive, catch proc_lib:stop(P7, normal, 50)),
    receive {'EXIT', P7, _} -> ok after 500 -> ok end,
    process_flag(trap_exit, false),
    ok.
