-module(gt_dict).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_dict.gleam").
-export([main/0]).
-export_type([dict/2]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Erlang maps through @external, as Gleam's dict is: many keys (past\n"
    " the 32-key flat form), updates, lookups of present and missing keys.\n"
).

-type dict(DR, DS) :: any() | {gleam_phantom, DR, DS}.

-file("src/gt_dict.gleam", 21).
-spec fill(dict(integer(), integer()), integer(), integer()) -> dict(integer(), integer()).
fill(M, I, N) ->
    case I > N of
        true ->
            M;

        false ->
            fill(gt_ffi:map_put(I, I * I, M), I + 1, N)
    end.

-file("src/gt_dict.gleam", 28).
-spec total(dict(integer(), integer()), integer(), integer()) -> integer().
total(M, I, Acc) ->
    case gt_ffi:map_get(I, M) of
        {ok, V} ->
            total(M, I + 1, Acc + V);

        {error, nil} ->
            Acc
    end.

-file("src/gt_dict.gleam", 35).
-spec main() -> nil.
main() ->
    Small = begin
        _pipe = gt_ffi:map_new(),
        _pipe@1 = gt_ffi:map_put(<<"b"/utf8>>, 2, _pipe),
        gt_ffi:map_put(<<"a"/utf8>>, 1, _pipe@1)
    end,
    gt_ffi:print(Small),
    gt_ffi:print(gt_ffi:map_get(<<"a"/utf8>>, Small)),
    gt_ffi:print(gt_ffi:map_get(<<"z"/utf8>>, Small)),
    Big = fill(gt_ffi:map_new(), 1, 50000),
    gt_ffi:print(gt_ffi:map_count(Big)),
    gt_ffi:print(total(Big, 1, 0)),
    Big2 = gt_ffi:map_put(7, -1, Big),
    gt_ffi:print(
        {gt_ffi:map_get(7, Big),
            gt_ffi:map_get(7, Big2),
            gt_ffi:map_count(Big2)}
    ),
    Keyed = begin
        _pipe@2 = gt_ffi:map_new(),
        _pipe@3 = gt_ffi:map_put({1, <<"x"/utf8>>}, [1.5], _pipe@2),
        gt_ffi:map_put({1, <<"y"/utf8>>}, [], _pipe@3)
    end,
    gt_ffi:print(Keyed).
