-module(cf_p_gc_flags).
-export([main/0]).

%% erlang:garbage_collect/0,1,2, heap sizes in process_info, and the old
%% values process_flag/2 returns for trap_exit, priority,
%% message_queue_data, min_heap_size and min_bin_vheap_size, and the same
%% settings given to spawn_opt.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, element(1, shape(R))} end.

shape(R) when is_tuple(R) -> R;
shape(R) -> {R}.

w(F, Opts) ->
    {P, M} = spawn_opt(F, [monitor | Opts]),
    receive {'DOWN', M, process, P, R} -> R after 5000 -> timeout end.

idle() -> receive stop -> ok end.

main() ->
    %% garbage_collect/0,1,2
    p(gc0, erlang:garbage_collect()),
    p(gc_self, erlang:garbage_collect(self())),
    I = spawn(fun idle/0),
    p(gc_other, erlang:garbage_collect(I)),
    p(gc_major, erlang:garbage_collect(I, [{type, major}])),
    p(gc_minor, erlang:garbage_collect(I, [{type, minor}])),
    p(gc_async, erlang:garbage_collect(I, [{async, req1}])),
    p(gc_async_reply, receive {garbage_collect, req1, R1} -> R1 after 2000 -> timeout end),
    p(gc_bad, [c(fun() -> erlang:garbage_collect(V) end) || V <- [a, 1, make_ref()]]),
    p(gc_bad_opts, [c(fun() -> erlang:garbage_collect(I, V) end)
                    || V <- [[{type, bad}], [bad], not_a_list, [{async}]]]),
    I ! stop,
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead),
    receive {'DOWN', M, _, _, _} -> ok end,
    p(gc_dead, erlang:garbage_collect(Dead)),
    p(gc_dead_async, erlang:garbage_collect(Dead, [{async, req2}])),
    p(gc_dead_reply, receive {garbage_collect, req2, R2} -> R2 after 2000 -> timeout end),
    %% heap sizes are positive integers; the total is at least the heap
    [{heap_size, HS}, {total_heap_size, THS}] = process_info(self(), [heap_size, total_heap_size]),
    p(heap_sizes, [is_integer(HS), HS > 0, is_integer(THS), THS >= HS]),
    %% collecting away garbage keeps the live data
    Keep = lists:seq(1, 1000),
    _ = [lists:seq(1, 100) || _ <- lists:seq(1, 100)],
    true = erlang:garbage_collect(),
    p(live_kept, lists:sum(Keep)),
    %% a process that made a lot of garbage shrinks after a collection
    p(shrinks, w(fun() ->
                         Garbage = lists:seq(1, 200000),
                         200000 = length(Garbage),
                         {heap_size, Before} = process_info(self(), heap_size),
                         erlang:garbage_collect(),
                         {heap_size, After} = process_info(self(), heap_size),
                         exit({Before > 100000, After < 10000})
                 end, [])),
    %% garbage_collect of a sleeping process keeps its state
    S = spawn(fun() -> put(k, lists:seq(1, 10)), receive {get, From} -> From ! {got, get(k)} end end),
    true = erlang:garbage_collect(S),
    S ! {get, self()},
    p(other_state_kept, receive {got, V} -> V after 2000 -> timeout end),
    %% process_flag returns the old value
    Flags = w(fun() ->
                      exit([process_flag(trap_exit, true),
                            process_flag(trap_exit, true),
                            process_flag(trap_exit, false),
                            process_flag(priority, high),
                            process_flag(priority, low),
                            process_flag(priority, max),
                            process_flag(priority, normal),
                            process_flag(message_queue_data, off_heap),
                            process_info(self(), message_queue_data),
                            process_flag(message_queue_data, on_heap),
                            process_flag(message_queue_data, on_heap),
                            process_flag(min_heap_size, 5000),
                            process_flag(min_heap_size, 233),
                            process_info(self(), min_heap_size),
                            process_flag(min_bin_vheap_size, 100000),
                            process_flag(min_bin_vheap_size, 46422)])
              end, []),
    p(flags, Flags),
    p(flag_bad, w(fun() ->
                          exit([c(fun() -> process_flag(F, V) end)
                                || {F, V} <- [{trap_exit, yes}, {priority, urgent},
                                              {message_queue_data, bad}, {min_heap_size, -1},
                                              {min_heap_size, a}, {min_bin_vheap_size, -1},
                                              {no_such_flag, 1}, {"trap_exit", true}]])
                  end, [])),
    %% spawn_opt settings as process_info reports them
    Info = [min_heap_size, min_bin_vheap_size, fullsweep_after, message_queue_data, priority],
    p(spawn_defaults, w(fun() -> exit(process_info(self(), Info)) end, [])),
    p(spawn_set, w(fun() -> exit(process_info(self(), Info)) end,
                   [{min_heap_size, 1000}, {min_bin_vheap_size, 50000}, {fullsweep_after, 5},
                    {message_queue_data, off_heap}, {priority, high}])),
    p(heap_at_least_min, w(fun() ->
                                   {heap_size, H} = process_info(self(), heap_size),
                                   exit(H >= 1598)
                           end, [{min_heap_size, 1000}])),
    p(rounding, [w(fun() -> exit(element(2, process_info(self(), min_heap_size))) end, [{min_heap_size, N}])
                 || N <- [0, 1, 233, 234, 500, 2000, 100000, 1000000, 2000000]]),
    p(gc_info, w(fun() ->
                         {garbage_collection, GC} = process_info(self(), garbage_collection),
                         exit([{K, proplists:get_value(K, GC)} || K <- [min_bin_vheap_size, min_heap_size, fullsweep_after]])
                 end, [{min_heap_size, 300}, {fullsweep_after, 10}])),
    p(bad_spawn_opts, [c(fun() -> spawn_opt(fun() -> ok end, [O]) end)
                       || O <- [{min_heap_size, -1}, {min_bin_vheap_size, x}, {fullsweep_after, -1},
                                {message_queue_data, bad}, {priority, urgent}, {unknown, 1}, bogus]]),
    ok.
