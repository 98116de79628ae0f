-module(cf_p_proc_flags).
-export([main/0]).

%% Miscellaneous process-level BIFs: erlang:yield/0, process_flag
%% priority (returns the old value), trap_exit, garbage_collect/0,1,2,
%% unique_integer strictly increasing, monotonic_time non-decreasing,
%% and their badarg cases. Only booleans and comparisons are printed.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

increasing([A, B | T]) -> A < B andalso increasing([B | T]);
increasing(_) -> true.

non_decreasing([A, B | T]) -> A =< B andalso non_decreasing([B | T]);
non_decreasing(_) -> true.

main() ->
    Self = self(),
    p(yield, [erlang:yield() || _ <- lists:seq(1, 5)]),
    %% priority: each call returns the previous value
    p(priority, [process_flag(priority, high), process_flag(priority, low), process_flag(priority, max),
                 process_flag(priority, normal), process_flag(priority, normal)]),
    p(priority_bad, c(fun() -> process_flag(priority, urgent) end)),
    p(priority_other, begin
        P = spawn(fun() -> Self ! {old, process_flag(priority, high), process_info(self(), priority)} end),
        receive {old, O, I} -> {is_pid(P), O, I} after 2000 -> timeout end
    end),
    %% trap_exit flag returns old values too
    process_flag(trap_exit, false),
    p(trap_exit, [process_flag(trap_exit, true), process_flag(trap_exit, true), process_flag(trap_exit, false)]),
    p(flag_bad, [c(fun() -> process_flag(trap_exit, maybe) end), c(fun() -> process_flag(no_such_flag, 1) end)]),
    %% garbage collection
    _ = lists:seq(1, 10000),
    p(gc, [erlang:garbage_collect(), erlang:garbage_collect(self())]),
    W = spawn(fun() -> receive stop -> ok end end),
    p(gc_other, erlang:garbage_collect(W)),
    W ! stop,
    MW = monitor(process, W),
    receive {'DOWN', MW, _, _, _} -> ok end,
    p(gc_dead, erlang:garbage_collect(W)),
    p(gc_opts, erlang:garbage_collect(self(), [{type, major}])),
    p(gc_bad, c(fun() -> erlang:garbage_collect(not_a_pid) end)),
    %% unique integers
    Mono = [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 1000)],
    p(unique_monotonic, increasing(Mono)),
    Pos = [erlang:unique_integer([monotonic, positive]) || _ <- lists:seq(1, 1000)],
    p(unique_positive, [increasing(Pos), lists:all(fun(X) -> X > 0 end, Pos)]),
    Plain = [erlang:unique_integer() || _ <- lists:seq(1, 1000)],
    p(unique_distinct, length(lists:usort(Plain)) =:= 1000),
    PosOnly = [erlang:unique_integer([positive]) || _ <- lists:seq(1, 100)],
    p(unique_positive_only, lists:all(fun(X) -> X > 0 end, PosOnly)),
    %% unique across processes
    Ps = [spawn(fun() -> Self ! {u, [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 100)]} end) || _ <- lists:seq(1, 10)],
    All = lists:append([receive {u, L} -> L after 2000 -> [] end || _ <- Ps]),
    p(unique_across_processes, {length(All), length(lists:usort(All))}),
    p(unique_bad, [c(fun() -> erlang:unique_integer([bogus]) end), c(fun() -> erlang:unique_integer(not_list) end)]),
    %% monotonic time
    Times = [erlang:monotonic_time() || _ <- lists:seq(1, 1000)],
    p(monotonic_non_decreasing, non_decreasing(Times)),
    T1 = erlang:monotonic_time(millisecond),
    receive {'$cf_never'} -> ok after 30 -> ok end,
    T2 = erlang:monotonic_time(millisecond),
    p(monotonic_advances, [T2 >= T1 + 25, T2 - T1 < 5000]),
    p(units, [is_integer(erlang:monotonic_time(second)), is_integer(erlang:monotonic_time(microsecond)),
              is_integer(erlang:monotonic_time(nanosecond)), is_integer(erlang:system_time(millisecond))]),
    p(convert, [erlang:convert_time_unit(1, second, millisecond), erlang:convert_time_unit(1500, millisecond, second),
                erlang:convert_time_unit(1, millisecond, microsecond)]),
    p(time_bad, c(fun() -> erlang:monotonic_time(fortnight) end)),
    ok.
