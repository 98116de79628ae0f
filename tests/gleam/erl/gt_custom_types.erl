-module(gt_custom_types).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_custom_types.gleam").
-export([main/0]).
-export_type([shape/0, tree/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Custom types: variants with and without fields, nested types, and\n"
    " exhaustive case over them.\n"
).

-type shape() :: {circle, float()} |
    {rect, float(), float()} |
    {triangle, float(), float(), float()} |
    point.

-type tree() :: leaf | {node, tree(), integer(), tree()}.

-file("src/gt_custom_types.gleam", 19).
-spec area(shape()) -> float().
area(S) ->
    case S of
        {circle, R} ->
            (3.0 * R) * R;

        {rect, W, H} ->
            W * H;

        {triangle, A, B, _} ->
            (A * B) / 2.0;

        point ->
            +0.0
    end.

-file("src/gt_custom_types.gleam", 28).
-spec insert(tree(), integer()) -> tree().
insert(T, V) ->
    case T of
        leaf ->
            {node, leaf, V, leaf};

        {node, L, X, R} when V < X ->
            {node, insert(L, V), X, R};

        {node, L@1, X@1, R@1} when V > X@1 ->
            {node, L@1, X@1, insert(R@1, V)};

        _ ->
            T
    end.

-file("src/gt_custom_types.gleam", 37).
-spec to_list(tree(), list(integer())) -> list(integer()).
to_list(T, Acc) ->
    case T of
        leaf ->
            Acc;

        {node, L, V, R} ->
            to_list(L, [V | to_list(R, Acc)])
    end.

-file("src/gt_custom_types.gleam", 44).
-spec depth(tree()) -> integer().
depth(T) ->
    case T of
        leaf ->
            0;

        {node, L, _, R} ->
            Dl = depth(L),
            Dr = depth(R),
            case Dl > Dr of
                true ->
                    Dl + 1;

                false ->
                    Dr + 1
            end
    end.

-file("src/gt_custom_types.gleam", 75).
-spec list_fold(list(CR), CT, fun((CT, CR) -> CT)) -> CT.
list_fold(L, Acc, F) ->
    case L of
        [] ->
            Acc;

        [X | Rest] ->
            list_fold(Rest, F(Acc, X), F)
    end.

-file("src/gt_custom_types.gleam", 68).
-spec list_map(list(CN), fun((CN) -> CP)) -> list(CP).
list_map(L, F) ->
    case L of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | list_map(Rest, F)]
    end.

-file("src/gt_custom_types.gleam", 58).
-spec main() -> nil.
main() ->
    Shapes = [{circle, 1.5}, {rect, 2.0, 3.5}, {triangle, 3.0, 4.0, 5.0}, point],
    gt_ffi:print(Shapes),
    gt_ffi:print(list_map(Shapes, fun area/1)),
    Tree = list_fold([50, 30, 70, 20, 40, 60, 80, 30, 65], leaf, fun insert/2),
    gt_ffi:print(to_list(Tree, [])),
    gt_ffi:print(depth(Tree)),
    gt_ffi:print(Tree).
