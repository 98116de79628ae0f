-module(gt_records).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_records.gleam").
-export([main/0]).
-export_type([person/0, account/0, team/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Records: field access, record update, shared fields across variants,\n"
    " and records nested in records.\n"
).

-type person() :: {person, binary(), integer(), binary(), list(binary())}.

-type account() :: {admin, binary(), integer()} | {guest, binary()}.

-type team() :: {team, person(), integer()}.

-file("src/gt_records.gleam", 35).
-spec names(list(account())) -> list(binary()).
names(L) ->
    case L of
        [] ->
            [];

        [A | Rest] ->
            [erlang:element(2, A) | names(Rest)]
    end.

-file("src/gt_records.gleam", 20).
-spec main() -> nil.
main() ->
    P = {person, <<"Ada"/utf8>>, 36, <<"ada@example.com"/utf8>>, []},
    gt_ffi:print(P),
    gt_ffi:print(erlang:element(2, P)),
    Older = {person,
        erlang:element(2, P),
        erlang:element(3, P) + 1,
        erlang:element(4, P),
        [<<"math"/utf8>> | erlang:element(5, P)]},
    gt_ffi:print(Older),
    gt_ffi:print(erlang:element(3, P)),
    Accounts = [{admin, <<"root"/utf8>>, 9}, {guest, <<"visitor"/utf8>>}],
    gt_ffi:print(names(Accounts)),
    T = {team, Older, 4},
    T2 = {team,
        begin
            _record = erlang:element(2, T),
            {person,
                erlang:element(2, _record),
                erlang:element(3, _record),
                <<"ada@new.example"/utf8>>,
                erlang:element(5, _record)}
        end,
        erlang:element(3, T)},
    gt_ffi:print(erlang:element(4, erlang:element(2, T2))),
    gt_ffi:print(T2).
