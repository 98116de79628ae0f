-module(cf_p_ets_match_spec).
-export([main/0]).

%% Handwritten match specifications for ets:select/2: guards with
%% comparison operators, type tests, andalso/orelse/not, element/2,
%% arithmetic, bodies '$_', '$$', tuples, lists, constants, several
%% clauses, and the same specs over set/ordered_set/bag tables.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

rows() ->
    [{1, apple, 10, {red, 3}}, {2, banana, 25, {yellow, 5}}, {3, cherry, 5, {red, 1}},
     {4, date, 40, {brown, 2}}, {5, "elder", 15, {black, 9}}, {6, fig, 25, {purple, 4}},
     {7, <<"grape">>, 30, {green, 7}}, {8, kiwi, 0, {green, 1}}].

specs() ->
    [{gt, [{{'$1', '$2', '$3', '_'}, [{'>', '$3', 20}], ['$1']}]},
     {eq_exact, [{{'$1', '_', '$3', '_'}, [{'=:=', '$3', 25}], ['$1']}]},
     {eq_float, [{{'$1', '_', '$3', '_'}, [{'==', '$3', 25.0}], ['$1']}]},
     {exact_float, [{{'$1', '_', '$3', '_'}, [{'=:=', '$3', 25.0}], ['$1']}]},
     {is_atom, [{{'$1', '$2', '_', '_'}, [{is_atom, '$2'}], ['$2']}]},
     {not_atom, [{{'$1', '$2', '_', '_'}, [{'not', {is_atom, '$2'}}], ['$2']}]},
     {and_also, [{{'$1', '_', '$3', '_'}, [{'andalso', {'>=', '$3', 10}, {'<', '$3', 30}}], ['$1']}]},
     {or_else, [{{'$1', '_', '$3', '_'}, [{'orelse', {'<', '$3', 6}, {'>', '$3', 35}}], ['$1']}]},
     {element, [{{'$1', '_', '_', '$4'}, [{'=:=', {element, 1, '$4'}, red}], ['$1']}]},
     {element_body, [{{'$1', '_', '_', '$4'}, [{'>', {element, 2, '$4'}, 4}], [{element, 1, '$4'}]}]},
     {dollar_underscore, [{{'$1', '_', '$3', '_'}, [{'<', '$3', 6}], ['$_']}]},
     {dollar_dollar, [{{'$1', '$2', '$3', '_'}, [{'>', '$3', 29}], ['$$']}]},
     {tuple_body, [{{'$1', '$2', '$3', '_'}, [{'>', '$3', 29}], [{{'$2', '$1', {'*', '$3', 2}}}]}]},
     {list_body, [{{'$1', '_', '$3', '_'}, [{'>', '$3', 29}], [['$3', '$1', const]]}]},
     {const_body, [{{'_', '_', 25, '_'}, [], [matched]}]},
     {two_clauses, [{{'$1', '_', 0, '_'}, [], [{{zero, '$1'}}]}, {{'$1', '_', 5, '_'}, [], [{{five, '$1'}}]}]},
     {literal_pattern, [{{'_', '$2', '_', {green, '_'}}, [], ['$2']}]},
     {arith_guard, [{{'$1', '_', '$3', '_'}, [{'=:=', {'rem', '$3', 10}, 5}], ['$1']}]},
     {is_binary_list, [{{'$1', '$2', '_', '_'}, [{'orelse', {is_binary, '$2'}, {is_list, '$2'}}], ['$1']}]},
     {const_wrap, [{{'$1', '_', '_', '_'}, [{'==', '$1', {const, 3}}], [{const, {a, b}}]}]},
     {bound_twice, [{{'$1', '_', '$1', '_'}, [], ['$1']}]},
     {abs_size, [{{'$1', '$2', '_', '_'}, [{is_atom, '$2'}, {'>', {size, {atom_to_list_never, x}}, 0}], ['$1']}]},
     {guard_fails_silently, [{{'$1', '$2', '_', '_'}, [{'>', {'+', '$2', 1}, 0}], ['$1']}]},
     {self_in_body, [{{'$1', '_', 0, '_'}, [], [{{'$1', {self}}}]}]},
     {match_all, [{'_', [], [true]}]}].

normalize({self_in_body, L}) -> [{K, S =:= self()} || {K, S} <- L];
normalize({_, L}) when is_list(L) -> lists:sort(L);
normalize({_, Other}) -> Other.

main() ->
    [begin
         T = ets:new(ms, [Type]),
         ets:insert(T, rows()),
         [begin
              R = c(fun() -> ets:select(T, Spec) end),
              p({Type, Name}, normalize({Name, R}))
          end || {Name, Spec} <- specs(), Type =:= set orelse lists:member(Name, [gt, dollar_dollar, two_clauses])],
         ets:delete(T)
     end || Type <- [set, ordered_set, bag]],
    %% ordered_set select returns keys in order without sorting
    O = ets:new(o, [ordered_set]),
    ets:insert(O, rows()),
    p(ordered_unsorted, ets:select(O, [{{'$1', '_', '$3', '_'}, [{'>', '$3', 10}], ['$1']}])),
    %% invalid specs
    p(bad_spec, [c(fun() -> ets:select(O, not_a_spec) end), c(fun() -> ets:select(O, [{'_', [], []} | bad]) end)]),
    %% match spec testing with ets:test_ms/2 and match_spec_run
    p(test_ms, ets:test_ms({1, apple, 10, x}, [{{'$1', '$2', '_', '_'}, [{is_atom, '$2'}], [{{'$2', '$1'}}]}])),
    p(ms_run, ets:match_spec_run([{a, 1}, {b, 2}, {c, 3}],
                                 ets:match_spec_compile([{{'$1', '$2'}, [{'>=', '$2', 2}], ['$1']}]))),
    ok.
