-module(cf_p_ets_select_ops).
-export([main/0]).

%% select_count, select_delete, select_replace, select/3 continuations,
%% select_reverse, match/match_object/match_delete with patterns, and the
%% same operations on a public table driven from another process.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

fill(T) -> ets:insert(T, [{N, N rem 3, lists:duplicate(N rem 4, x)} || N <- lists:seq(1, 30)]).

cont_all(T, Spec, Limit) ->
    case ets:select(T, Spec, Limit) of
        '$end_of_table' -> [];
        {Items, Cont} -> [length(Items) | cont_rest(Cont)]
    end.

cont_rest(Cont) ->
    case ets:select(Cont) of
        '$end_of_table' -> [];
        {Items, C2} -> [length(Items) | cont_rest(C2)]
    end.

main() ->
    T = ets:new(t, [ordered_set, public]),
    fill(T),
    Zero = [{{'_', 0, '_'}, [], [true]}],
    p(select_count, [ets:select_count(T, Zero), ets:select_count(T, [{{'$1', '_', '_'}, [{'>', '$1', 25}], [true]}]),
                     ets:select_count(T, [{{'$1', '_', '_'}, [], [false]}])]),
    p(select_delete, [ets:select_delete(T, Zero), ets:info(T, size), ets:select_count(T, Zero)]),
    p(select_delete_false_body, [ets:select_delete(T, [{'_', [], [false]}]), ets:info(T, size)]),
    p(select_replace, [ets:select_replace(T, [{{'$1', 1, '$3'}, [{'<', '$1', 10}], [{{'$1', 1, replaced}}]}]),
                       ets:lookup(T, 1), ets:lookup(T, 4), ets:lookup(T, 2)]),
    p(select_replace_key_change, c(fun() -> ets:select_replace(T, [{{'$1', '$2', '$3'}, [], [{{x, '$2', '$3'}}]}]) end)),
    p(select_limit, cont_all(T, [{{'$1', '_', '_'}, [], ['$1']}], 7)),
    p(select_reverse, lists:sublist(ets:select_reverse(T, [{{'$1', '_', '_'}, [], ['$1']}]), 5)),
    p(match, ets:match(T, {'$1', 2, '$2'})),
    p(match_underscore, length(ets:match(T, '_'))),
    p(match_object, ets:match_object(T, {'_', 1, []})),
    p(match_object_limit, element(1, ets:match_object(T, {'_', '_', '_'}, 3))),
    p(match_delete, [ets:match_delete(T, {'_', 2, '_'}), ets:info(T, size)]),
    p(remaining, ets:select(T, [{{'$1', '$2', '_'}, [], [{{'$1', '$2'}}]}])),
    %% bag: match_object and select_delete across duplicate keys
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {k, 3}, {j, 1}, {j, 4}]),
    p(bag_match_object, lists:sort(ets:match_object(B, {k, '_'}))),
    p(bag_select_delete, [ets:select_delete(B, [{{'_', '$1'}, [{'=:=', '$1', 1}], [true]}]), lists:sort(ets:tab2list(B))]),
    p(bag_select_count, ets:select_count(B, [{{k, '_'}, [], [true]}])),
    %% driven from another process on a public table
    Self = self(),
    spawn(fun() ->
        R1 = ets:select_delete(T, [{{'$1', '_', '_'}, [{'>', '$1', 20}], [true]}]),
        R2 = ets:select_count(T, [{'_', [], [true]}]),
        Self ! {other, R1, R2}
    end),
    p(from_other, receive {other, A, Bc} -> {A, Bc} after 2000 -> timeout end),
    p(seen_here, ets:select(T, [{{'$1', '_', '_'}, [], ['$1']}])),
    %% a protected table: select from another process ok, select_delete badarg
    Pr = ets:new(pr, [protected]),
    ets:insert(Pr, [{1}, {2}]),
    spawn(fun() ->
        Self ! {prot, ets:select_count(Pr, [{'_', [], [true]}]), c(fun() -> ets:select_delete(Pr, [{'_', [], [true]}]) end)}
    end),
    p(protected_other, receive {prot, X, Y} -> {X, Y} after 2000 -> timeout end),
    ok.
