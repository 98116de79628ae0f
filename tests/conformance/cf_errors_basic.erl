-module(cf_errors_basic).
-export([main/0, id/1, one/1]).

id(X) -> X.

one(1) -> one.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

fc(a) -> a;
fc(b) -> b.

fc_guard(X) when is_integer(X), X > 0 -> pos.

main() ->
    I = fun ?MODULE:id/1,
    p(badarg, [t(fun() -> atom_to_list(I(1)) end), t(fun() -> list_to_atom(I(a)) end),
               t(fun() -> element(I(3), I({a, b})) end), t(fun() -> setelement(I(0), I({a}), x) end),
               t(fun() -> hd(I(x)) end), t(fun() -> binary_to_list(I("x")) end),
               t(fun() -> erlang:make_tuple(I(-1), a) end), t(fun() -> list_to_tuple(I([a | b])) end),
               t(fun() -> tuple_to_list(I([])) end), t(fun() -> atom_to_binary(I("a")) end),
               t(fun() -> integer_to_list(I(a)) end), t(fun() -> length(I(<<>>)) end)]),
    p(badarith, [t(fun() -> I(1) + I(a) end), t(fun() -> I(1) / I(0) end), t(fun() -> I(1) div I(0) end),
                 t(fun() -> I(2.0) rem I(1) end), t(fun() -> I(a) - I(b) end), t(fun() -> -I(<<>>) end),
                 t(fun() -> I(1) bsl I(a) end), t(fun() -> math:sqrt(I(-1)) end), t(fun() -> math:log(I(0)) end)]),
    p(badmatch, [t(fun() -> {a, _} = I({b, 1}) end), t(fun() -> [_] = I([]) end), t(fun() -> 1 = I(1.0) end),
                 t(fun() -> <<_:8>> = I(<<1, 2>>) end), t(fun() -> #{k := _} = I(#{}) end),
                 t(fun() -> {X, X} = I({1, 2}) end), t(fun() -> "abc" ++ _ = I("abd") end)]),
    p(case_clause, [t(fun() -> case I(x) of a -> 1; b -> 2 end end),
                    t(fun() -> case I({1, 2}) of {_, 3} -> ok end end),
                    t(fun() -> case I([1.5]) of [N] when is_integer(N) -> ok end end)]),
    p(function_clause, [t(fun() -> fc(I(c)) end), t(fun() -> fc_guard(I(-1)) end),
                        t(fun() -> fc_guard(I(1.0)) end), t(fun() -> ?MODULE:one(I(2)) end),
                        t(fun() -> (fun(a) -> ok end)(I(b)) end), t(fun() -> lists:nth(I(0), [a]) end)]),
    p(if_clause, [t(fun() -> X = I(5), if X > 10 -> big; X < 0 -> neg end end)]),
    p(try_clause, [t(fun() -> try I(ok) of error -> no after ok end end),
                   t(fun() -> try I({x, 1}) of {y, _} -> no catch _:_ -> caught end end)]),
    p(throw, [t(fun() -> throw(I(my_value)) end), t(fun() -> throw(I({nested, [1, 2]})) end)]),
    p(exit, [t(fun() -> exit(I(normal)) end), t(fun() -> exit(I({shutdown, why})) end)]),
    p(error_any, [t(fun() -> error(I(custom)) end), t(fun() -> error(I({my, error}), [x]) end),
                  t(fun() -> erlang:error(I(badarg)) end)]),
    p(nocatch_reason, t(fun() -> catch_outside() end)),
    p(bad_generator, t(fun() -> [X || X <- I(not_list)] end)),
    p(bad_filter, t(fun() -> [X || X <- I([1, 2]), I(X)] end)),
    p(badarg_list_ops, [t(fun() -> I([1 | 2]) ++ [3] end), t(fun() -> I(a) ++ [3] end), t(fun() -> I([1]) -- I(b) end)]),
    p(improper_ok, I([1]) ++ I(b)),
    ok.

catch_outside() ->
    Parent = self(),
    Ref = make_ref(),
    Pid = spawn(fun() -> Parent ! {Ref, catch_uncaught_throw()} end),
    receive {Ref, R} -> R after 5000 -> timeout end,
    _ = Pid,
    caught_in_child.

catch_uncaught_throw() ->
    try
        erlang:throw(outer)
    catch
        throw:X -> {thrown, X}
    end.
