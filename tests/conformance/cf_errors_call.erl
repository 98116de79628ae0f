-module(cf_errors_call).
-export([main/0, id/1, two/2]).

-record(r, {a = 1, b}).
-record(other, {x}).

id(X) -> X.

two(A, B) -> {A, B}.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

%% badarity carries a fun: only print the tag and arity info
ta(F) ->
    try F() catch
        error:{badarity, {Fun, Args}} when is_function(Fun) -> {error, badarity, element(2, erlang:fun_info(Fun, arity)), Args};
        C:R -> {C, R}
    end.

main() ->
    I = fun ?MODULE:id/1,
    p(undef, [t(fun() -> (I(no_such_module_xyz)):f() end), t(fun() -> ?MODULE:(I(nofun))(1) end),
              t(fun() -> apply(I(lists), I(no_such_function), [1, 2]) end), t(fun() -> lists:reverse(I(1), 2, 3) end),
              t(fun() -> ?MODULE:two(I(1)) end), t(fun() -> erlang:(I(not_a_bif))() end)]),
    p(badfun, [t(fun() -> (I(not_a_fun))() end), t(fun() -> (I({a, b}))(1) end), t(fun() -> (I(42))(1, 2) end),
               t(fun() -> (I([]))() end), t(fun() -> apply(I(<<"bin">>), []) end)]),
    p(badarity, [ta(fun() -> (I(fun(X) -> X end))() end), ta(fun() -> (I(fun() -> ok end))(1, 2) end),
                 ta(fun() -> (I(fun ?MODULE:two/2))(1) end), ta(fun() -> apply(I(fun(_, _, _) -> ok end), [a]) end)]),
    p(badkey, [t(fun() -> maps:get(I(missing), #{}) end), t(fun() -> (I(#{a => 1}))#{b := 2} end),
               t(fun() -> map_get(I({k}), I(#{})) end)]),
    p(badmap, [t(fun() -> maps:get(a, I([])) end), t(fun() -> (I(list))#{a => 1} end), t(fun() -> map_size(I({})) end),
               t(fun() -> maps:keys(I(1)) end), t(fun() -> maps:merge(I(#{}), I(a)) end)]),
    p(badrecord, [t(fun() -> (I(#other{x = 1}))#r.a end), t(fun() -> (I({r}))#r.b end),
                  t(fun() -> (I(notrec))#r{a = 2} end), t(fun() -> R = I(#other{}), R#r{b = 1} end)]),
    p(system_limit, [t(fun() -> list_to_atom(lists:duplicate(I(256), $a)) end),
                     t(fun() -> binary_to_atom(list_to_binary(lists:duplicate(I(256), $b))) end),
                     t(fun() -> erlang:make_tuple(I(1 bsl 30), a) end),
                     t(fun() -> I(1) bsl I(1 bsl 40) end),
                     t(fun() -> list_to_atom(lists:duplicate(I(255), $c)) =:= list_to_atom(lists:duplicate(255, $c)) end)]),
    p(atom_255_ok, length(atom_to_list(list_to_atom(lists:duplicate(I(255), $d))))),
    p(unicode_atom_limit, [t(fun() -> length(atom_to_list(list_to_atom(lists:duplicate(I(N), 16#1F600)))) end) || N <- [255, 256]]),
    p(undef_vs_function_clause, [t(fun() -> lists:seq(I(a), 3) end), t(fun() -> lists:nosuch() end)]),
    p(record_ok, [(I(#r{b = 2}))#r.b, #r.b, record_info(fields, r), record_info(size, r)]),
    ok.
