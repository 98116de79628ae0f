%% Processes for the scheduler tests in core/src/vm/tests.rs. The core's
%% tests have no OTP modules, so these call BIFs only.
%%
%% sched_test.beam is compiled by OTP 25's erlc:
%%   erlc -o core/src/vm/testdata core/src/vm/testdata/sched_test.erl
-module(sched_test).
-export([done/0, crash/0, count/1, busy/2, spawn_all/1, wait_ping/0,
         wait_stop/0, exit_with/0, kill/1]).

%% Ends normally at once.
done() -> ok.

%% Ends with {badarith, Stack}.
crash() -> add(1, id(a)).

%% Loops N times (one reduction per call), so it yields every 4000.
count(0) -> ok;
count(N) -> count(N - 1).

%% Sets its own priority while running, then loops.
busy(Priority, N) ->
    process_flag(priority, Priority),
    count(N).

%% Spawns count(N) at Priority for each {Priority, N}, in order.
spawn_all([]) -> ok;
spawn_all([{Priority, N} | More]) ->
    spawn_opt(?MODULE, count, [N], [{priority, Priority}]),
    spawn_all(More).

%% Exits with {got, X} on {ping, X}.
wait_ping() ->
    receive {ping, X} -> exit({got, X}) end.

%% Waits for a message that never comes.
wait_stop() ->
    receive stop -> ok end.

%% Exits with a reason that needs a deep copy: a tuple holding a list, a
%% float and an off-heap binary.
exit_with() ->
    B = list_to_binary(id(digits())),
    exit({done, [1, 2, 3], 3.5, B}).

kill(Pid) -> exit(Pid, kill).

add(A, B) -> A + B.

id(X) -> X.

digits() -> "0123456789012345678901234567890123456789012345678901234567890123456789".
