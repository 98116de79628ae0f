-module(gt_errors).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_errors.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " `let assert`, `panic`, `todo` and `assert`, each caught in Erlang: the\n"
    " error Gleam raises carries its kind, message, module, function, line\n"
    " and (for let assert) the value that did not match.\n"
).

-file("src/gt_errors.gleam", 14).
-spec first(list(integer())) -> integer().
first(L) ->
    X@1 = case L of
        [X | _] -> X;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gt_errors"/utf8>>,
                        function => <<"first"/utf8>>,
                        line => 15,
                        value => _assert_fail,
                        start => 461,
                        'end' => 483,
                        pattern_start => 472,
                        pattern_end => 479})
    end,
    X@1.

-file("src/gt_errors.gleam", 19).
-spec first_with_message(list(integer())) -> integer().
first_with_message(L) ->
    X@1 = case L of
        [X | _] -> X;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"the list must not be empty"/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gt_errors"/utf8>>,
                        function => <<"first_with_message"/utf8>>,
                        line => 20,
                        value => _assert_fail,
                        start => 538,
                        'end' => 560,
                        pattern_start => 549,
                        pattern_end => 556})
    end,
    X@1.

-file("src/gt_errors.gleam", 24).
-spec unwrap({ok, integer()} | {error, binary()}) -> integer().
unwrap(R) ->
    V@1 = case R of
        {ok, V} -> V;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gt_errors"/utf8>>,
                        function => <<"unwrap"/utf8>>,
                        line => 25,
                        value => _assert_fail,
                        start => 645,
                        'end' => 665,
                        pattern_start => 656,
                        pattern_end => 661})
    end,
    V@1.

-file("src/gt_errors.gleam", 29).
-spec must_be_small(integer()) -> integer().
must_be_small(N) ->
    _assert_subject = 10,
    case N < _assert_subject of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"Assertion failed."/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"gt_errors"/utf8>>,
                function => <<"must_be_small"/utf8>>,
                line => 30,
                kind => binary_operator,
                operator => '<',
                left => #{kind => expression,
                    value => N,
                    start => 716,
                    'end' => 717
                    },
                right => #{kind => literal,
                    value => _assert_subject,
                    start => 720,
                    'end' => 722
                    },
                start => 709,
                'end' => 722,
                expression_start => 716})
    end,
    N.

-file("src/gt_errors.gleam", 34).
-spec must_be_small_msg(integer()) -> integer().
must_be_small_msg(N) ->
    _assert_subject = 10,
    case N < _assert_subject of
        true -> nil;
        false -> erlang:error(#{gleam_error => assert,
                message => <<"too big"/utf8>>,
                file => <<?FILEPATH/utf8>>,
                module => <<"gt_errors"/utf8>>,
                function => <<"must_be_small_msg"/utf8>>,
                line => 35,
                kind => binary_operator,
                operator => '<',
                left => #{kind => expression,
                    value => N,
                    start => 777,
                    'end' => 778
                    },
                right => #{kind => literal,
                    value => _assert_subject,
                    start => 781,
                    'end' => 783
                    },
                start => 770,
                'end' => 783,
                expression_start => 777})
    end,
    N.

-file("src/gt_errors.gleam", 39).
-spec unfinished() -> integer().
unfinished() ->
    erlang:error(#{gleam_error => todo,
            message => <<"write this later"/utf8>>,
            file => <<?FILEPATH/utf8>>,
            module => <<"gt_errors"/utf8>>,
            function => <<"unfinished"/utf8>>,
            line => 40}).

-file("src/gt_errors.gleam", 43).
-spec unfinished_plain() -> integer().
unfinished_plain() ->
    erlang:error(#{gleam_error => todo,
            message => <<"`todo` expression evaluated. This code has not yet been implemented."/utf8>>,
            file => <<?FILEPATH/utf8>>,
            module => <<"gt_errors"/utf8>>,
            function => <<"unfinished_plain"/utf8>>,
            line => 44}).

-file("src/gt_errors.gleam", 47).
-spec boom(integer()) -> integer().
boom(N) ->
    case N of
        0 ->
            erlang:error(#{gleam_error => panic,
                    message => <<"zero is not allowed"/utf8>>,
                    file => <<?FILEPATH/utf8>>,
                    module => <<"gt_errors"/utf8>>,
                    function => <<"boom"/utf8>>,
                    line => 49});

        _ ->
            case N of
                0 -> 0;
                Gleam@denominator -> 100 div Gleam@denominator
            end
    end.

-file("src/gt_errors.gleam", 54).
-spec main() -> nil.
main() ->
    gt_ffi:print(gt_ffi:catch_error(fun() -> first([5, 6]) end)),
    gt_ffi:print(gt_ffi:catch_error(fun() -> first([]) end)),
    gt_ffi:print(gt_ffi:catch_error(fun() -> first_with_message([]) end)),
    gt_ffi:print(
        gt_ffi:catch_error(fun() -> unwrap({error, <<"nope"/utf8>>}) end)
    ),
    gt_ffi:print(gt_ffi:catch_error(fun() -> must_be_small(3) end)),
    gt_ffi:print(gt_ffi:catch_error(fun() -> must_be_small(30) end)),
    gt_ffi:print(gt_ffi:catch_error(fun() -> must_be_small_msg(31) end)),
    gt_ffi:print(gt_ffi:catch_error(fun() -> unfinished() end)),
    gt_ffi:print(gt_ffi:catch_error(fun() -> unfinished_plain() end)),
    gt_ffi:print(gt_ffi:catch_error(fun() -> boom(0) end)),
    gt_ffi:print(gt_ffi:catch_error(fun() -> boom(4) end)),
    gt_ffi:print(
        gt_ffi:catch_error(fun() -> erlang:error(#{gleam_error => panic,
                        message => <<"`panic` expression evaluated."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gt_errors"/utf8>>,
                        function => <<"main"/utf8>>,
                        line => 66}) end)
    ),
    gt_ffi:print(
        gt_ffi:catch_error(
            fun() -> gt_ffi:erl_error({<<"custom"/utf8>>, 1}) end
        )
    ).
