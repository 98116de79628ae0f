-module(gt_floats).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_floats.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Floats: arithmetic, Gleam's division by zero (0.0), comparison\n"
    " operators, printing of awkward values and conversions through Erlang.\n"
).

-file("src/gt_floats.gleam", 39).
-spec sum(integer(), float()) -> float().
sum(I, Acc) ->
    case I > 1000 of
        true ->
            Acc;

        false ->
            sum(I + 1, Acc + (case erlang:float(I * I) of
                    +0.0 -> +0.0;
                    -0.0 -> -0.0;
                    Gleam@denominator -> 1.0 / Gleam@denominator
                end))
    end.

-file("src/gt_floats.gleam", 25).
-spec main() -> nil.
main() ->
    gt_ffi:print([1.5 + 2.25, 0.1 + 0.2, 1.0 - 3.5, 2.5 * 4.0, 1.0 / 3.0]),
    gt_ffi:print([+0.0, +0.0, +0.0]),
    gt_ffi:print(
        [1.0e100, 1.0e-100, 123456.789, 5.0e-324, 1.7976931348623157e308]
    ),
    gt_ffi:print(
        [gt_ffi:float_to_string(0.1),
            gt_ffi:float_to_string(100.0),
            gt_ffi:float_to_string(1.0e21),
            gt_ffi:float_to_string(-0.0)]
    ),
    gt_ffi:print(
        [erlang:round(2.5),
            erlang:round(-2.5),
            erlang:trunc(-3.9),
            erlang:round(1.0e20)]
    ),
    gt_ffi:print([erlang:float(3), erlang:float(-12345678901)]),
    gt_ffi:print([math:sqrt(2.0), math:pow(2.0, 0.5), math:pow(10.0, 15.0)]),
    {A, B, C} = {gt_ffi:id(1.0), gt_ffi:id(2.0), gt_ffi:id(-0.0)},
    gt_ffi:print([A < B, B =< B, A > B, A >= C, A =:= 1.0]),
    gt_ffi:print(C =:= +0.0),
    gt_ffi:print(sum(1, +0.0)).
