-module(cf_p_mailbox_10k).
-export([main/0]).

%% Large mailboxes: 10 000 messages, message_queue_len, selective
%% receive from the end of a big queue, and draining in order.

p(T, V) -> io:format("~p~n", [{T, V}]).

qlen() -> {message_queue_len, L} = process_info(self(), message_queue_len), L.

drain_count(N) -> receive _ -> drain_count(N + 1) after 0 -> N end.

main() ->
    Self = self(),
    N = 10000,
    [Self ! {n, I} || I <- lists:seq(1, N)],
    p(queue_len, qlen()),
    p(last_first, receive {n, N} -> last end),
    p(first_then, receive {n, X} -> X end),
    p(queue_len_after, qlen()),
    %% take every 1000th from the middle
    Picks = [receive {n, K} -> K end || K <- lists:seq(1000, 9000, 1000)],
    p(picks, Picks),
    %% the rest comes out in order
    Rest = [receive {n, K} -> K end || _ <- lists:seq(1, qlen())],
    p(rest_ordered, {length(Rest), Rest =:= lists:sort(Rest), hd(Rest), lists:last(Rest)}),
    p(empty, qlen()),
    %% a sender process floods us; we receive them all in order
    spawn(fun() -> [Self ! {f, I} || I <- lists:seq(1, N)], Self ! flood_done end),
    receive flood_done -> ok end,
    p(flood_len, qlen()),
    Flood = [receive {f, I} -> I end || _ <- lists:seq(1, N)],
    p(flood_ordered, Flood =:= lists:seq(1, N)),
    %% process_info(messages) on a medium queue
    [Self ! {m, I} || I <- lists:seq(1, 100)],
    {messages, Ms} = process_info(self(), messages),
    p(messages, {length(Ms), hd(Ms), lists:last(Ms)}),
    p(drained, drain_count(0)),
    %% a receiver process counts a big burst and reports
    Counter = spawn(fun() -> Self ! {count, count_loop(0)} end),
    [Counter ! {c, I} || I <- lists:seq(1, N)],
    Counter ! stop,
    p(counter, receive {count, C} -> C after 5000 -> timeout end),
    %% large messages in a large queue
    Big = lists:seq(1, 500),
    [Self ! {big, I, Big} || I <- lists:seq(1, 200)],
    Sum = lists:sum([begin receive {big, I, B} -> length(B) end end || I <- lists:seq(1, 200)]),
    p(big_messages, Sum),
    ok.

count_loop(N) ->
    receive
        {c, _} -> count_loop(N + 1);
        stop -> N
    end.
