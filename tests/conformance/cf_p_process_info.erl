-module(cf_p_process_info).
-export([main/0, waiter/0]).

%% Deterministic process_info/1,2 fields: message_queue_len, messages,
%% links, dictionary, registered_name, trap_exit, status, initial_call,
%% current_function of a waiting process, group_leader identity, priority,
%% list form, and undefined for dead processes.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

waiter() -> receive stop -> ok end.

main() ->
    Self = self(),
    %% (erl's -eval process starts with trap_exit = true; make it explicit)
    process_flag(trap_exit, false),
    W = spawn(?MODULE, waiter, []),
    [W ! {m, I} || I <- lists:seq(1, 3)],
    erlang:yield(),
    p(queue_len, process_info(W, message_queue_len)),
    p(messages, process_info(W, messages)),
    p(status_waiting, wait_status(W, 100)),
    p(initial_call, process_info(W, initial_call)),
    p(current_function, process_info(W, current_function)),
    p(registered_name_none, process_info(W, registered_name)),
    register(cf_p_pi_w, W),
    p(registered_name, process_info(W, registered_name)),
    p(trap_exit_default, process_info(W, trap_exit)),
    p(priority, process_info(W, priority)),
    p(group_leader_same, element(2, process_info(W, group_leader)) =:= group_leader()),
    %% list form keeps the requested order
    p(list_form, process_info(W, [message_queue_len, registered_name, trap_exit])),
    p(list_form_dup, process_info(W, [trap_exit, trap_exit])),
    %% links
    link(W),
    {links, L} = process_info(W, links),
    p(links, L =:= [Self]),
    unlink(W),
    p(links_after_unlink, process_info(W, links)),
    %% own dictionary and flags
    put(k1, v1), put(k2, [1, 2]),
    {dictionary, D} = process_info(self(), dictionary),
    p(dictionary, [lists:keyfind(k1, 1, D), lists:keyfind(k2, 1, D)]),
    Old = process_flag(trap_exit, true),
    p(trap_exit_self, [Old, process_info(self(), trap_exit)]),
    process_flag(trap_exit, false),
    p(status_self, process_info(self(), status)),
    p(self_queue, begin self() ! a, self() ! b, R = process_info(self(), [message_queue_len, messages]),
                        receive a -> ok end, receive b -> ok end, R end),
    %% a process that set its own dictionary: visible from outside
    DP = spawn(fun() -> put(secret, 42), Self ! set, receive stop -> ok end end),
    receive set -> ok end,
    {dictionary, DD} = process_info(DP, dictionary),
    p(other_dictionary, lists:keyfind(secret, 1, DD)),
    DP ! stop,
    %% dead processes give undefined
    MW = monitor(process, W),
    W ! stop,
    receive {'DOWN', MW, _, _, _} -> ok end,
    p(dead, [process_info(W), process_info(W, message_queue_len), process_info(W, [links, status])]),
    %% badarg
    p(badarg, [c(fun() -> process_info(self(), no_such_item) end), c(fun() -> process_info(not_a_pid) end),
               c(fun() -> process_info(self(), [status, bogus]) end)]),
    %% process_info/1 contains a known set of keys
    Keys = [K || {K, _} <- process_info(self())],
    p(info1_keys, [lists:member(K, Keys) || K <- [current_function, initial_call, status, message_queue_len,
                                                    links, dictionary, trap_exit, priority, group_leader]]),
    ok.

wait_status(P, 0) -> process_info(P, status);
wait_status(P, N) ->
    case process_info(P, status) of
        {status, waiting} = S -> S;
        _ -> erlang:yield(), wait_status(P, N - 1)
    end.
