-module(gt_guards).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_guards.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Case expressions: guards with arithmetic and boolean operators,\n"
    " alternative patterns, multiple subjects, assignments in patterns and\n"
    " string/float guards.\n"
).

-file("src/gt_guards.gleam", 8).
-spec fizzbuzz(integer()) -> binary().
fizzbuzz(N) ->
    case {N rem 3, N rem 5} of
        {0, 0} ->
            <<"FizzBuzz"/utf8>>;

        {0, _} ->
            <<"Fizz"/utf8>>;

        {_, 0} ->
            <<"Buzz"/utf8>>;

        {_, _} ->
            <<"."/utf8>>
    end.

-file("src/gt_guards.gleam", 17).
-spec kind(integer()) -> binary().
kind(N) ->
    case N of
        0 ->
            <<"tiny"/utf8>>;

        1 ->
            <<"tiny"/utf8>>;

        2 ->
            <<"tiny"/utf8>>;

        N@1 when N@1 < 0 ->
            <<"negative"/utf8>>;

        N@2 when (N@2 >= 100) andalso (N@2 < 1000) ->
            <<"hundreds"/utf8>>;

        N@3 when ((N@3 rem 2) =:= 0) orelse (N@3 =:= 7) ->
            <<"even or seven"/utf8>>;

        _ ->
            <<"odd"/utf8>>
    end.

-file("src/gt_guards.gleam", 27).
-spec grade(float()) -> binary().
grade(Score) ->
    case Score of
        S when S >= 90.0 ->
            <<"A"/utf8>>;

        S@1 when S@1 >= 75.5 ->
            <<"B"/utf8>>;

        _ ->
            <<"C"/utf8>>
    end.

-file("src/gt_guards.gleam", 35).
-spec first_two(list({binary(), integer()})) -> binary().
first_two(L) ->
    case L of
        [{Name, N} = First | _] when N > 10 ->
            <<<<Name/binary, " big "/utf8>>/binary,
                (erlang:element(1, First))/binary>>;

        [{<<"special"/utf8>>, _} | _] ->
            <<"special"/utf8>>;

        [_, {Name@1, _} | _] ->
            <<"second "/utf8, Name@1/binary>>;

        _ ->
            <<"none"/utf8>>
    end.

-file("src/gt_guards.gleam", 61).
-spec list(integer(), integer(), list(binary())) -> list(binary()).
list(From, To, Acc) ->
    case To < From of
        true ->
            Acc;

        false ->
            list(From, To - 1, [fizzbuzz(To) | Acc])
    end.

-file("src/gt_guards.gleam", 44).
-spec main() -> nil.
main() ->
    gt_ffi:print(list(1, 15, [])),
    gt_ffi:print([kind(1), kind(-5), kind(500), kind(8), kind(7), kind(9)]),
    gt_ffi:print([grade(95.0), grade(75.5), grade(10.0)]),
    gt_ffi:print(
        [first_two([{<<"x"/utf8>>, 20}]),
            first_two([{<<"special"/utf8>>, 1}]),
            first_two([{<<"a"/utf8>>, 1}, {<<"b"/utf8>>, 2}]),
            first_two([])]
    ),
    gt_ffi:print(case {gt_ffi:id(true), gt_ffi:id(false)} of
            {true, true} ->
                1;

            {true, false} ->
                2;

            {_, _} ->
                3
        end).
