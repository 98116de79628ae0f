-module(cf_p_max_heap).
-export([main/0]).

%% max_heap_size: the integer and map forms, as spawn_opt option and
%% process flag; validation; what process_info reports; a process whose
%% heap outgrows the limit is killed (reason killed for links and
%% monitors) unless kill is false. error_logger is off in every process
%% that is killed so that no report is printed.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, element(1, shape(R))} end.

shape(R) when is_tuple(R) -> R;
shape(R) -> {R}.

%% A list of N integers, kept live.
grow(N) -> grow(N, []).
grow(0, Acc) -> length(Acc);
grow(N, Acc) -> grow(N - 1, [N | Acc]).

w(F, Opts) ->
    {P, M} = spawn_opt(F, [monitor | Opts]),
    receive {'DOWN', M, process, P, R} -> R after 5000 -> timeout end.

quiet(Size) -> #{size => Size, error_logger => false}.

main() ->
    %% process_flag returns the old setting as a map
    Parent = spawn(fun() -> flags() end),
    M0 = monitor(process, Parent),
    receive {'DOWN', M0, _, _, _} -> ok end,
    %% spawn_opt: the limit is reported
    p(info_int, w(fun() -> exit(process_info(self(), max_heap_size)) end, [{max_heap_size, 5000}])),
    p(info_map, w(fun() -> exit(process_info(self(), max_heap_size)) end,
                  [{max_heap_size, #{size => 6000, kill => false, error_logger => false}}])),
    p(info_gc, w(fun() ->
                         {garbage_collection, GC} = process_info(self(), garbage_collection),
                         exit(proplists:get_value(max_heap_size, GC))
                 end, [{max_heap_size, quiet(7000)}])),
    p(info_default, w(fun() -> exit(process_info(self(), max_heap_size)) end, [])),
    %% bad spawn options
    p(bad_spawn, [c(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, V}]) end)
                  || V <- [-5, 10, 232, a, 1.5, #{}, #{size => -1}, #{size => 1000, kill => yes}]]),
    p(min_vs_max, [c(fun() -> spawn_opt(fun() -> ok end, [{min_heap_size, 5000}, {max_heap_size, 4000}]) end),
                   c(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, 4000}, {min_heap_size, 5000}]) end),
                   is_pid(spawn_opt(fun() -> ok end, [{min_heap_size, 1000}, {max_heap_size, 2000}]))]),
    %% outgrowing the limit kills
    p(killed_by_spawn_opt, w(fun() -> exit(grow(200000)) end, [{max_heap_size, quiet(20000)}])),
    p(killed_by_flag, w(fun() ->
                                process_flag(max_heap_size, quiet(20000)),
                                exit(grow(200000))
                        end, [])),
    p(not_killed_when_kill_false,
      w(fun() -> exit(grow(200000)) end,
        [{max_heap_size, #{size => 20000, kill => false, error_logger => false}}])),
    p(small_process_lives, w(fun() -> exit({done, grow(1000)}) end, [{max_heap_size, quiet(100000)}])),
    p(zero_is_unlimited, w(fun() -> exit({done, grow(200000)}) end, [{max_heap_size, quiet(0)}])),
    %% a killed process is not catchable: try does not see it
    p(not_catchable, w(fun() ->
                               try grow(200000) of
                                   N -> exit({returned, N})
                               catch C:R -> exit({caught, C, R})
                               end
                       end, [{max_heap_size, quiet(20000)}])),
    %% links see killed too
    process_flag(trap_exit, true),
    L = spawn_opt(fun() -> exit(grow(200000)) end, [link, {max_heap_size, quiet(20000)}]),
    p(link_sees, receive {'EXIT', L, RL} -> RL after 5000 -> timeout end),
    process_flag(trap_exit, false),
    %% a limit set late still applies to the live data
    p(limit_after_growth, w(fun() ->
                                    Big = lists:seq(1, 100000),
                                    process_flag(max_heap_size, quiet(10000)),
                                    erlang:garbage_collect(),
                                    exit({survived, length(Big)})
                            end, [])),
    ok.

flags() ->
    p(flag_first, process_flag(max_heap_size, 1000)),
    p(flag_int, process_flag(max_heap_size, #{size => 2000, kill => false})),
    p(flag_map, process_flag(max_heap_size, #{size => 3000, error_logger => false})),
    p(flag_map2, process_flag(max_heap_size, #{size => 0, extra_key => ignored})),
    p(flag_info, process_info(self(), max_heap_size)),
    p(flag_bad, [c(fun() -> process_flag(max_heap_size, V) end)
                 || V <- [-1, 1, 232, 1 bsl 60, foo, #{}, #{kill => true},
                          #{size => 300, kill => 1}, #{size => 300, error_logger => x}]]),
    p(flag_after_bad, process_info(self(), max_heap_size)),
    %% the smallest limits: set and cleared again with nothing allocated
    %% in between (a collection would kill the process)
    R233 = process_flag(max_heap_size, 233),
    Back = process_flag(max_heap_size, 0),
    process_flag(min_heap_size, 1000),
    Below = c(fun() -> process_flag(max_heap_size, 1000) end),
    Above = process_flag(max_heap_size, 1598),
    Last = process_flag(max_heap_size, 0),
    p(flag_233, [R233, Back]),
    p(flag_below_min, Below),
    p(flag_above_min, [Above, Last]).
