-module(gt_labels).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_labels.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Labelled arguments: in any order, mixed with positional ones, and the\n"
    " shorthand `label:` form.\n"
).

-file("src/gt_labels.gleam", 7).
-spec greet(binary(), binary()) -> binary().
greet(Greeting, Name) ->
    <<<<<<Greeting/binary, ", "/utf8>>/binary, Name/binary>>/binary, "!"/utf8>>.

-file("src/gt_labels.gleam", 11).
-spec span(integer(), integer(), integer()) -> list(integer()).
span(Start, End, Step) ->
    case Start > End of
        true ->
            [];

        false ->
            [Start | span(Start + Step, End, Step)]
    end.

-file("src/gt_labels.gleam", 18).
-spec describe(binary(), integer(), float()) -> {binary(), integer(), float()}.
describe(Item, Count, Price) ->
    {Item, Count, Price}.

-file("src/gt_labels.gleam", 22).
-spec main() -> nil.
main() ->
    gt_ffi:print(greet(<<"Hello"/utf8>>, <<"Joe"/utf8>>)),
    gt_ffi:print(greet(<<"Hi"/utf8>>, <<"Mike"/utf8>>)),
    gt_ffi:print(span(1, 10, 3)),
    gt_ffi:print(describe(<<"apple"/utf8>>, 3, 0.5)),
    Name = <<"Robert"/utf8>>,
    Greeting = <<"Hey"/utf8>>,
    gt_ffi:print(greet(Greeting, Name)).
