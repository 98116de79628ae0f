-module(cf_catch_expr).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

strip({'EXIT', {Reason, Stack}}) when is_list(Stack) -> {'EXIT', Reason};
strip(Other) -> Other.

main() ->
    I = fun ?MODULE:id/1,
    p(value, catch I(42)),
    p(throw, catch throw(I(ball))),
    p(throw_tuple, catch throw(I({'EXIT', fake}))),
    p(exit, catch exit(I(bye))),
    p(exit_normal, catch exit(I(normal))),
    p(error_badarg, strip(catch atom_to_list(I(1)))),
    p(error_custom, strip(catch error(I(custom)))),
    p(error_badmatch, strip(catch (fun() -> {a} = I({b}) end)())),
    p(error_function_clause, strip(catch lists:nth(I(0), []))),
    p(error_undef, strip(catch (I(nomod_zz)):f())),
    p(error_badarith, strip(catch I(1) / I(0))),
    p(error_stack_is_list, case catch error(I(x)) of {'EXIT', {x, St}} -> is_list(St); _ -> no end),
    p(nested, catch (catch throw(I(inner)))),
    p(nested_exit, catch (catch exit(I(inner)))),
    p(catch_in_expr, [catch I(1), (catch throw(I(2))), element(1, catch exit(I(3)))]),
    p(catch_in_list, [strip(catch action(I(A))) || A <- [ok, throw, error, exit]]),
    p(catch_precedence, begin X = (catch I(1) + 1), X end),
    p(catch_match, begin {'EXIT', R} = (catch exit(I(r))), R end),
    p(catch_throw_then_continue, begin _ = (catch throw(I(x))), continued end),
    p(catch_fun_value, catch (fun() -> throw(I(from_fun)) end)()),
    p(catch_deep, catch deep(I(50))),
    p(catch_after_try, catch try throw(I(a)) after ok end),
    p(try_around_catch, try catch throw(I(z)) catch _:_ -> no end),
    ok.

action(ok) -> ok;
action(throw) -> throw(t);
action(error) -> error(e);
action(exit) -> exit(x).

deep(0) -> throw(bottom);
deep(N) -> 1 + deep(N - 1).
