-module(cf_p_spawn_bif).
-export([main/0, sleeper/1, count/2]).

%% A process whose entry MFA is a BIF (erlang:exit/1, erlang:apply/3,
%% lists:reverse/2, erlang:hibernate/3, ...) or a function that does not
%% exist, and erlang:hibernate/3 details: the stack is discarded (a
%% hibernated call never returns to its caller), a message already queued
%% wakes it at once, current_function while asleep.

p(T, V) -> io:format("~p~n", [{T, V}]).

w(M, F, A) ->
    {P, Ref} = spawn_monitor(M, F, A),
    receive {'DOWN', Ref, process, P, R} -> R after 2000 -> timeout end.

w(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> R after 2000 -> timeout end.

sleeper(Parent) ->
    receive M -> Parent ! {woke, M} end.

count(Parent, N) ->
    receive
        stop -> Parent ! {stopped, N};
        _ -> erlang:hibernate(?MODULE, count, [Parent, N + 1])
    end.

main() ->
    %% crashes of error class are not reported (logger silenced)
    _ = (catch logger:set_primary_config(level, none)),
    %% BIFs as the entry function
    p(exit_bif, w(erlang, exit, [mfa_reason])),
    p(throw_bif, w(erlang, throw, [ball])),
    p(apply_fun, w(erlang, apply, [fun() -> exit(from_fun) end, []])),
    p(apply_mfa, w(erlang, apply, [erlang, exit, [via_apply]])),
    p(returns_normally, w(lists, reverse, [[1, 2], [3]])),
    p(yield_bif, w(erlang, yield, [])),
    p(make_ref_bif, w(erlang, make_ref, [])),
    p(raise_bif, w(erlang, raise, [exit, raised, []])),
    p(raise_bad_trace, w(erlang, raise, [exit, raised, not_a_trace])),
    p(undefined, w(no_such_module_xyz, f, [1])),
    p(undefined_fun, w(?MODULE, no_such_function, [])),
    Self = self(),
    p(send_bif, begin
                    {_, R} = spawn_monitor(erlang, send, [Self, sent_by_bif]),
                    receive sent_by_bif -> ok end,
                    receive {'DOWN', R, _, _, Why} -> {got_message, Why} after 2000 -> timeout end
                end),
    %% the initial call names the BIF
    P1 = spawn(erlang, hibernate, [?MODULE, sleeper, [Self]]),
    p(initial_call, process_info(P1, initial_call)),
    P1 ! wake,
    p(hibernate_entry, receive {woke, W} -> W after 2000 -> timeout end),
    %% hibernate never returns to its caller: the process ends when the
    %% woken function returns
    p(no_return, begin
                     {P4, R4} = spawn_monitor(fun() ->
                                                      catch erlang:hibernate(erlang, exit, [woken]),
                                                      exit(returned_to_caller)
                                              end),
                     P4 ! wake,
                     receive {'DOWN', R4, _, _, Why4} -> Why4 after 2000 -> timeout end
                 end),
    p(no_return_normal, begin
                            {P2, R2} = spawn_monitor(fun() ->
                                                             _ = (catch erlang:hibernate(lists, reverse, [[a]])),
                                                             exit(returned_to_caller)
                                                     end),
                            P2 ! wake,
                            receive {'DOWN', R2, _, _, Why2} -> Why2 after 2000 -> timeout end
                        end),
    %% a message already in the queue wakes it at once
    p(queued_wakes, w(fun() ->
                              self() ! already_here,
                              erlang:hibernate(erlang, exit, [woke_at_once])
                      end)),
    %% asleep: waiting, in erlang:hibernate/3, dictionary and links kept
    P3 = spawn(fun() ->
                       put(key, value),
                       link(Self),
                       erlang:hibernate(?MODULE, count, [Self, 0])
               end),
    Asleep = wait_waiting(P3, 1000),
    p(asleep, Asleep),
    p(asleep_current, process_info(P3, current_function)),
    p(asleep_location, process_info(P3, current_location)),
    p(asleep_stack, process_info(P3, current_stacktrace)),
    p(asleep_dict, process_info(P3, dictionary)),
    p(asleep_links, process_info(P3, links) =:= {links, [Self]}),
    [P3 ! tick || _ <- lists:seq(1, 5)],
    P3 ! stop,
    p(counted, receive {stopped, N} -> N after 2000 -> timeout end),
    unlink(P3),
    %% hibernating collects the heap down to what is live
    P5 = spawn(fun() ->
                       G = lists:seq(1, 100000),
                       100000 = length(G),
                       {total_heap_size, B} = process_info(self(), total_heap_size),
                       Self ! {before, B},
                       erlang:hibernate(?MODULE, sleeper, [Self])
               end),
    Before = receive {before, B5} -> B5 after 2000 -> 0 end,
    wait_waiting(P5, 1000),
    %% (OTP may collect a little after the process is seen waiting; an
    %% explicit collection settles it, and leaves the process asleep)
    true = erlang:garbage_collect(P5),
    {total_heap_size, After} = process_info(P5, total_heap_size),
    p(heap_shrinks, {Before > 100000, After < 1000}),
    p(still_asleep, process_info(P5, current_function)),
    P5 ! wake,
    p(shrunk_wakes, receive {woke, W5} -> W5 after 2000 -> timeout end),
    %% bad arguments
    p(bad_args, [case w(erlang, hibernate, A) of
                     {badarg, [{erlang, hibernate, A, _}]} -> {badarg, A};
                     Other -> Other
                 end || A <- [[1, f, []], [m, 1, []], [m, f, [a | b]], [m, f, x]]]),
    p(bad_args_in_process, [case w(fun() -> erlang:hibernate(M, F, A) end) of
                                {badarg, [{erlang, hibernate, [M, F, A], _} | _]} -> badarg;
                                Other -> Other
                            end || [M, F, A] <- [[1, f, []], [m, f, x]]]),
    p(bad_bif_args, case w(erlang, atom_to_list, [42]) of
                        {badarg, [{erlang, atom_to_list, [42], _}]} -> badarg_in_bif;
                        Other -> Other
                    end),
    ok.

wait_waiting(P, 0) -> process_info(P, status);
wait_waiting(P, N) ->
    case process_info(P, status) of
        {status, waiting} = S -> S;
        _ -> erlang:yield(), wait_waiting(P, N - 1)
    end.
