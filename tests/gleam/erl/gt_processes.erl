-module(gt_processes).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_processes.gleam").
-export([main/0]).
-export_type([pid_/0, ref/0, msg/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Processes through @external: spawning closures, sending messages,\n"
    " selective receive by tag, a ping-pong pair, a ring of processes and a\n"
    " monitor seeing a crash.\n"
).

-type pid_() :: any().

-type ref() :: any().

-type msg() :: {ping, pid_(), integer()} | {pong, integer()} | stop.

-file("src/gt_processes.gleam", 39).
-spec ponger() -> nil.
ponger() ->
    case gt_ffi:receive_any(1000) of
        {ok, {ping, From, N}} ->
            gt_ffi:send(From, {pong, N + 1}),
            ponger();

        _ ->
            nil
    end.

-file("src/gt_processes.gleam", 49).
-spec ping_loop(pid_(), integer(), integer()) -> integer().
ping_loop(P, N, Left) ->
    case Left of
        0 ->
            N;

        _ ->
            gt_ffi:send(P, {ping, gt_ffi:self_pid(), N}),
            M@1 = case gt_ffi:receive_any(1000) of
                {ok, {pong, M}} -> M;
                _assert_fail ->
                    erlang:error(#{gleam_error => let_assert,
                                message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                                file => <<?FILEPATH/utf8>>,
                                module => <<"gt_processes"/utf8>>,
                                function => <<"ping_loop"/utf8>>,
                                line => 54,
                                value => _assert_fail,
                                start => 1121,
                                'end' => 1163,
                                pattern_start => 1132,
                                pattern_end => 1143})
            end,
            ping_loop(P, M@1, Left - 1)
    end.

-file("src/gt_processes.gleam", 60).
-spec relay(pid_()) -> nil.
relay(Next) ->
    N@1 = case gt_ffi:receive_tagged(<<"token"/utf8>>, 1000) of
        {ok, N} -> N;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gt_processes"/utf8>>,
                        function => <<"relay"/utf8>>,
                        line => 61,
                        value => _assert_fail,
                        start => 1240,
                        'end' => 1288,
                        pattern_start => 1251,
                        pattern_end => 1256})
    end,
    gt_ffi:send(Next, {<<"token"/utf8>>, N@1 + 1}),
    nil.

-file("src/gt_processes.gleam", 66).
-spec ring(integer(), pid_()) -> pid_().
ring(Size, Next) ->
    case Size of
        0 ->
            Next;

        _ ->
            ring(Size - 1, gt_ffi:spawn_fn(fun() -> relay(Next) end))
    end.

-file("src/gt_processes.gleam", 73).
-spec main() -> nil.
main() ->
    P = gt_ffi:spawn_fn(fun ponger/0),
    gt_ffi:print(ping_loop(P, 0, 1000)),
    gt_ffi:send(P, stop),
    Me = gt_ffi:self_pid(),
    First = ring(500, Me),
    gt_ffi:send(First, {<<"token"/utf8>>, 0}),
    gt_ffi:print(gt_ffi:receive_tagged(<<"token"/utf8>>, 5000)),
    gt_ffi:send(Me, {<<"b"/utf8>>, 2}),
    gt_ffi:send(Me, {<<"a"/utf8>>, 1}),
    gt_ffi:print(gt_ffi:receive_tagged(<<"a"/utf8>>, 0)),
    gt_ffi:print(gt_ffi:receive_tagged(<<"b"/utf8>>, 0)),
    gt_ffi:print(gt_ffi:receive_tagged(<<"c"/utf8>>, 0)),
    Doomed = gt_ffi:spawn_fn(
        fun() -> erlang:exit(<<"stopped on purpose"/utf8>>) end
    ),
    _ = gt_ffi:monitor(Doomed),
    case gt_ffi:receive_any(1000) of
        {ok, {Tag, _, Kind, _, Reason}} ->
            gt_ffi:print({Tag, Kind, Reason});

        _ ->
            gt_ffi:print(<<"no DOWN"/utf8>>)
    end.
