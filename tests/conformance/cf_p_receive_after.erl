-module(cf_p_receive_after).
-export([main/0, id/1]).

%% receive ... after: timeout 0 with and without queued messages, a bare
%% `receive after T`, infinity, variable timeouts, messages arriving
%% during a wait (matching and non-matching), and timer:sleep while
%% messages arrive.

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

main() ->
    Self = self(),
    p(after0_empty, receive _ -> msg after 0 -> timeout end),
    Self ! queued,
    p(after0_queued, receive queued -> got after 0 -> timeout end),
    Self ! other,
    p(after0_nonmatching, receive wanted -> got after 0 -> timeout end),
    p(leftover, receive other -> other_still_there after 0 -> lost end),
    %% bare receive after
    p(bare_after, receive after 10 -> slept end),
    p(bare_after_zero, receive after 0 -> zero end),
    %% variable timeouts
    T = id(15),
    p(var_timeout, receive never_sent -> no after T -> var end),
    %% a matching message arrives during the wait
    spawn(fun() -> receive after 10 -> Self ! wake end end),
    p(match_during_wait, receive wake -> woke after 1000 -> timeout end),
    %% a non-matching message arrives during the wait: timeout still fires
    spawn(fun() -> receive after 5 -> Self ! noise end end),
    p(nonmatch_during_wait, receive wake -> woke after 100 -> timed_out end),
    p(noise_kept, receive noise -> noise after 0 -> gone end),
    %% bare receive after while a message arrives
    spawn(fun() -> receive after 5 -> Self ! noise2 end end),
    p(bare_after_with_message, receive after 100 -> slept end),
    p(noise2_kept, receive noise2 -> noise2 after 0 -> gone end),
    %% timer:sleep while messages arrive
    spawn(fun() -> [Self ! {n, I} || I <- lists:seq(1, 5)] end),
    ok = timer:sleep(100),
    p(sleep_with_messages, [receive {n, I} -> I after 0 -> none end || _ <- lists:seq(1, 6)]),
    %% infinity with a message already there
    Self ! ready,
    p(infinity, receive ready -> ready after infinity -> never end),
    %% many sequential short timeouts
    p(short_loops, length([x || _ <- lists:seq(1, 20), receive never -> y after 1 -> true end])),
    %% invalid timeout values raise timeout_value
    p(bad_timeout, [try receive x -> x after id(-1) -> t end catch error:E -> E end,
                    try receive x -> x after id(abc) -> t end catch error:E2 -> E2 end]),
    ok.
