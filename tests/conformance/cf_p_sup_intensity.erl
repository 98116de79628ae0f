-module(cf_p_sup_intensity).
-export([main/0, init/1, start_worker/2, start_failing/1]).

%% Restart intensity: a supervisor that sees more than Intensity restarts
%% within Period shuts down its children and exits with reason shutdown;
%% intensity 0; children failing in start; nested supervisors escalating.

p(T, V) -> io:format("~p~n", [{T, V}]).

init({flat, Intensity, Parent}) ->
    {ok, {#{strategy => one_for_one, intensity => Intensity, period => 10},
          [#{id => w, start => {?MODULE, start_worker, [w, Parent]}},
           #{id => other, start => {?MODULE, start_worker, [other, Parent]}}]}};
init({failing_start, Parent}) ->
    {ok, {#{strategy => one_for_one, intensity => 1, period => 10},
          [#{id => ok_child, start => {?MODULE, start_worker, [ok_child, Parent]}},
           #{id => bad, start => {?MODULE, start_failing, [Parent]}}]}};
init({outer, Parent}) ->
    {ok, {#{strategy => one_for_one, intensity => 1, period => 10},
          [#{id => inner, start => {supervisor, start_link, [?MODULE, {flat, 0, Parent}]}, type => supervisor}]}}.

start_worker(Id, Parent) ->
    Pid = spawn_link(fun() -> receive {stop, R} -> exit(R) end end),
    Parent ! {started, Id, Pid},
    {ok, Pid}.

start_failing(Parent) ->
    Parent ! start_failing_called,
    {error, cannot_start}.

next_pid(Id) -> receive {started, Id, P} -> P after 2000 -> timeout end.

crash_until_exit(Sup, P, N) ->
    M = monitor(process, Sup),
    P ! {stop, boom},
    receive
        {started, w, P2} -> demonitor(M, [flush]), crash_until_exit(Sup, P2, N + 1);
        {'DOWN', M, process, Sup, R} -> {crashes_survived, N, sup_exit, R}
    after 2000 -> timeout
    end.

flush_started() -> receive {started, _, _} -> flush_started() after 0 -> ok end.

main() ->
    _ = (catch logger:set_primary_config(level, none)),
    process_flag(trap_exit, true),
    [begin
         {ok, Sup} = supervisor:start_link(?MODULE, {flat, I, self()}),
         W = next_pid(w),
         Other = next_pid(other),
         R = crash_until_exit(Sup, W, 0),
         p({intensity, I}, R),
         p({intensity, I, exit_msg}, receive {'EXIT', Sup, ER} -> ER after 2000 -> timeout end),
         p({intensity, I, sibling_alive}, is_process_alive(Other)),
         flush_started()
     end || I <- [0, 1, 3]],
    %% a child whose start fails makes start_link fail
    R2 = supervisor:start_link(?MODULE, {failing_start, self()}),
    p(failing_start, case R2 of
                         {error, {shutdown, {failed_to_start_child, bad, Why}}} -> {failed_to_start_child, bad, Why};
                         Other2 -> Other2
                     end),
    p(failing_start_exit, receive {'EXIT', _, ER2} -> ER2 after 2000 -> timeout end),
    p(failing_start_called, receive start_failing_called -> yes after 0 -> no end),
    OkChild = next_pid(ok_child),
    p(ok_child_terminated, is_process_alive(OkChild)),
    %% nested: the inner supervisor gives up, the outer restarts it once, then gives up too
    {ok, Outer} = supervisor:start_link(?MODULE, {outer, self()}),
    I1 = next_pid(w), _ = next_pid(other),
    I1 ! {stop, boom},
    I2 = next_pid(w), _ = next_pid(other),
    p(inner_restarted, is_pid(I2)),
    I2 ! {stop, boom},
    p(outer_exit, receive {'EXIT', Outer, OR} -> OR after 2000 -> timeout end),
    flush_started(),
    process_flag(trap_exit, false),
    ok.
