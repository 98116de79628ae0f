-module(gt_eval).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_eval.gleam").
-export([main/0]).
-export_type([expr/0, eval_error/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " A small interpreter: a recursive expression type, an environment as an\n"
    " association list, and errors as Results threaded with `use`.\n"
).

-type expr() :: {num, integer()} |
    {var, binary()} |
    {add, expr(), expr()} |
    {mul, expr(), expr()} |
    {'div', expr(), expr()} |
    {'let', binary(), expr(), expr()} |
    {'if', expr(), expr(), expr()}.

-type eval_error() :: {unbound, binary()} | div_by_zero.

-file("src/gt_eval.gleam", 22).
-spec lookup(list({binary(), integer()}), binary()) -> {ok, integer()} |
    {error, eval_error()}.
lookup(Env, Name) ->
    case Env of
        [] ->
            {error, {unbound, Name}};

        [{K, V} | _] when K =:= Name ->
            {ok, V};

        [_ | Rest] ->
            lookup(Rest, Name)
    end.

-file("src/gt_eval.gleam", 30).
-spec bind({ok, JL} | {error, JM}, fun((JL) -> {ok, JP} | {error, JM})) -> {ok,
        JP} |
    {error, JM}.
bind(R, F) ->
    case R of
        {ok, V} ->
            F(V);

        {error, E} ->
            {error, E}
    end.

-file("src/gt_eval.gleam", 37).
-spec eval(expr(), list({binary(), integer()})) -> {ok, integer()} |
    {error, eval_error()}.
eval(E, Env) ->
    case E of
        {num, N} ->
            {ok, N};

        {var, Name} ->
            lookup(Env, Name);

        {add, A, B} ->
            bind(
                eval(A, Env),
                fun(X) -> bind(eval(B, Env), fun(Y) -> {ok, X + Y} end) end
            );

        {mul, A@1, B@1} ->
            bind(
                eval(A@1, Env),
                fun(X@1) ->
                    bind(eval(B@1, Env), fun(Y@1) -> {ok, X@1 * Y@1} end)
                end
            );

        {'div', A@2, B@2} ->
            bind(
                eval(A@2, Env),
                fun(X@2) -> bind(eval(B@2, Env), fun(Y@2) -> case Y@2 of
                                0 ->
                                    {error, div_by_zero};

                                _ ->
                                    {ok, case Y@2 of
                                            0 -> 0;
                                            Gleam@denominator -> X@2 div Gleam@denominator
                                        end}
                            end end) end
            );

        {'let', Name@1, Value, Body} ->
            bind(
                eval(Value, Env),
                fun(V) -> eval(Body, [{Name@1, V} | Env]) end
            );

        {'if', C, T, F} ->
            bind(eval(C, Env), fun(V@1) -> case V@1 of
                        0 ->
                            eval(F, Env);

                        _ ->
                            eval(T, Env)
                    end end)
    end.

-file("src/gt_eval.gleam", 73).
-spec sum_to(integer()) -> expr().
sum_to(N) ->
    case N of
        0 ->
            {num, 0};

        _ ->
            {add, {num, N}, sum_to(N - 1)}
    end.

-file("src/gt_eval.gleam", 80).
-spec main() -> nil.
main() ->
    gt_ffi:print(eval({add, {num, 1}, {mul, {num, 2}, {num, 3}}}, [])),
    gt_ffi:print(
        eval(
            {'let',
                <<"x"/utf8>>,
                {num, 5},
                {mul, {var, <<"x"/utf8>>}, {var, <<"x"/utf8>>}}},
            []
        )
    ),
    gt_ffi:print(eval({var, <<"y"/utf8>>}, [{<<"x"/utf8>>, 1}])),
    gt_ffi:print(eval({'div', {num, 1}, {add, {num, 1}, {num, -1}}}, [])),
    gt_ffi:print(
        eval(
            {'if',
                {num, 0},
                {num, 1},
                {'let',
                    <<"z"/utf8>>,
                    {num, 9},
                    {'div', {var, <<"z"/utf8>>}, {num, 2}}}},
            []
        )
    ),
    gt_ffi:print(eval(sum_to(5000), [])),
    gt_ffi:print(
        {'let',
            <<"a"/utf8>>,
            {num, 1},
            {'if', {var, <<"a"/utf8>>}, {num, 2}, {num, 3}}}
    ).
