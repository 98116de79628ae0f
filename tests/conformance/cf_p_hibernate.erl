-module(cf_p_hibernate).
-export([main/0, wake/2, counter/1]).

%% erlang:hibernate/3: the process sleeps with an empty stack, wakes up in
%% the given MFA on the next message, keeps its mailbox, dictionary, links
%% and monitors; proc_lib:hibernate/3 and gen_server hibernation.

p(T, V) -> io:format("~p~n", [{T, V}]).

wake(Parent, Tag) ->
    %% the message that woke us is still in the mailbox
    receive M -> Parent ! {woke, Tag, M, get(kept)} end,
    receive
        again -> erlang:hibernate(?MODULE, wake, [Parent, second]);
        stop -> exit(normal)
    end.

counter(N) ->
    receive
        {inc, From} -> From ! {count, N + 1}, erlang:hibernate(?MODULE, counter, [N + 1]);
        stop -> ok
    end.

wait_status(P, S, 0) -> process_info(P, status) =:= {status, S};
wait_status(P, S, N) ->
    case process_info(P, status) of
        {status, S} -> true;
        _ -> erlang:yield(), wait_status(P, S, N - 1)
    end.

main() ->
    Self = self(),
    H = spawn(fun() -> put(kept, dict_value), erlang:hibernate(?MODULE, wake, [Self, first]) end),
    p(waiting, wait_status(H, waiting, 1000)),
    p(current_function, wait_status(H, waiting, 10) andalso
                            process_info(H, current_function) =:= {current_function, {erlang, hibernate, 3}}),
    H ! hello,
    p(woke, receive {woke, T, M, K} -> {T, M, K} after 2000 -> timeout end),
    H ! again,
    wait_status(H, waiting, 1000),
    H ! world,
    p(woke_again, receive {woke, T2, M2, K2} -> {T2, M2, K2} after 2000 -> timeout end),
    MH = monitor(process, H),
    H ! stop,
    p(stopped, receive {'DOWN', MH, _, _, R} -> R after 2000 -> timeout end),
    %% a counter that hibernates between every message
    C = spawn(?MODULE, counter, [0]),
    p(counter, [begin C ! {inc, Self}, receive {count, N} -> N after 2000 -> timeout end end || _ <- lists:seq(1, 5)]),
    %% messages queued before waking are all processed in order
    [C ! {inc, Self} || _ <- lists:seq(1, 5)],
    p(counter_burst, [receive {count, N} -> N after 2000 -> timeout end || _ <- lists:seq(1, 5)]),
    C ! stop,
    %% links survive hibernation
    process_flag(trap_exit, true),
    L = spawn_link(fun() -> erlang:hibernate(erlang, exit, [woken_exit]) end),
    wait_status(L, waiting, 1000),
    {links, Links} = process_info(L, links),
    p(links_kept, Links =:= [Self]),
    L ! wake_up,
    p(woken_into_bif, receive {'EXIT', L, R2} -> R2 after 2000 -> timeout end),
    process_flag(trap_exit, false),
    %% proc_lib:hibernate
    PL = proc_lib:spawn(fun() -> proc_lib:hibernate(?MODULE, wake, [Self, via_proc_lib]) end),
    wait_status(PL, waiting, 1000),
    PL ! ping,
    p(proc_lib_hibernate, receive {woke, T3, M3, _} -> {T3, M3} after 2000 -> timeout end),
    PL ! stop,
    ok.
