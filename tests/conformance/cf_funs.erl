-module(cf_funs).
-export([main/0, id/1, add/2, twice/1]).

id(X) -> X.

add(A, B) -> A + B.
twice(X) -> 2 * X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

make_counter(N) -> fun() -> {N, make_counter(N + 1)} end.

make_adder(N) -> fun(X) -> X + N end.

compose(F, G) -> fun(X) -> F(G(X)) end.

curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.

y(F) -> (fun(X) -> F(fun(V) -> (X(X))(V) end) end)(fun(X) -> F(fun(V) -> (X(X))(V) end) end).

main() ->
    I = fun ?MODULE:id/1,
    A5 = make_adder(I(5)),
    p(adder, [A5(1), (make_adder(10))(I(1)), lists:map(make_adder(I(100)), [1, 2])]),
    {V0, C1} = (make_counter(I(0)))(),
    {V1, C2} = C1(),
    {V2, _} = C2(),
    p(counter, [V0, V1, V2]),
    p(compose, [(compose(fun(X) -> X * 2 end, fun(X) -> X + 1 end))(I(5)), (compose(A5, A5))(I(0))]),
    p(curry, ((curry(fun ?MODULE:add/2))(I(3)))(4)),
    Fact = y(fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end),
    p(y_combinator, Fact(I(10))),
    %% captured variables of many types
    Cap = {I(a), I([1, 2]), I(<<"bin">>), I(#{k => v}), I(1.5), I(1 bsl 70)},
    F = fun() -> Cap end,
    p(captured, F()),
    %% nested closures capturing at several levels
    Outer = I(1),
    G = fun(X) -> fun(Y) -> fun(Z) -> {Outer, X, Y, Z} end end end,
    p(nested, ((G(2))(3))(4)),
    %% multi-clause funs with guards
    Classify = fun(X) when is_integer(X), X < 0 -> neg; (0) -> zero; (X) when is_integer(X) -> pos; (_) -> nan end,
    p(multi_clause, [Classify(I(X)) || X <- [-5, 0, 5, a]]),
    p(fun_clause_error, t(fun() -> (fun(a) -> ok end)(I(b)) end)),
    %% named funs (recursive)
    Fib = fun Fb(0) -> 0; Fb(1) -> 1; Fb(N) -> Fb(N - 1) + Fb(N - 2) end,
    p(named_fun, [Fib(I(N)) || N <- lists:seq(0, 15)]),
    %% external funs
    Ext = fun ?MODULE:twice/1,
    Ext2 = fun lists:reverse/1,
    DynExt = erlang:make_fun(I(?MODULE), I(add), 2),
    p(external, [Ext(I(21)), Ext2(I([1, 2, 3])), DynExt(1, 2), (fun erlang:abs/1)(I(-3))]),
    p(fun_info, [erlang:fun_info(Ext, arity), erlang:fun_info(Ext, module), erlang:fun_info(Ext, name),
                 erlang:fun_info(Ext2, type), erlang:fun_info(A5, arity), erlang:fun_info(A5, type),
                 erlang:fun_info(Fib, arity), erlang:fun_info(Ext, env)]),
    p(is_function, [is_function(A5), is_function(A5, 1), is_function(A5, 2), is_function(Ext, 1), is_function(I(x))]),
    %% funs as data
    Ops = #{add => fun erlang:'+'/2, sub => fun erlang:'-'/2, mul => fun(X, Y) -> X * Y end},
    p(fun_map, [(maps:get(Op, Ops))(I(6), I(3)) || Op <- [add, sub, mul]]),
    p(fun_equality, [Ext =:= fun ?MODULE:twice/1, A5 =:= A5, fun lists:sum/1 == fun lists:sum/1]),
    %% closures in list comprehensions capture loop var
    Fs = [fun() -> N * N end || N <- lists:seq(1, 5)],
    p(lc_closures, [Fn() || Fn <- Fs]),
    %% fun returning funs in fold
    Pipeline = lists:foldl(fun(Fn, Acc) -> compose(Fn, Acc) end, fun(X) -> X end, [A5, fun ?MODULE:twice/1, make_adder(-1)]),
    p(pipeline, Pipeline(I(10))),
    %% apply
    p(apply, [apply(fun ?MODULE:add/2, [1, 2]), apply(?MODULE, add, [3, 4]), apply(lists, max, [[1, 5, 2]]),
              apply(A5, [I(0)]), apply(fun() -> none end, []), erlang:apply(erlang, element, [2, {a, b}])]),
    p(apply_errors, [t(fun() -> apply(?MODULE, add, I([1])) end), t(fun() -> apply(I(?MODULE), I(nope), []) end),
                     t(fun() -> apply(fun ?MODULE:add/2, I(not_list)) end), t(fun() -> apply(I(1), I(2), []) end)]),
    p(deep_closure_chain, (chain(I(1000)))(0)),
    ok.

chain(0) -> fun(X) -> X end;
chain(N) -> G = chain(N - 1), fun(X) -> G(X + 1) end.
