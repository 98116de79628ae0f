-module(cf_float_arith).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    p(basic, [I(0.1) + I(0.2), I(0.3) - I(0.1), I(1.1) * I(1.1), I(1.0) / I(3.0), I(2.0) / I(3.0), I(1.0e16) + I(1.0)]),
    p(precision, [I(9007199254740992.0) + I(1.0), I(9007199254740992.0) + I(2.0), I(1.0) + I(1.0e-16), I(1.0) + I(2.220446049250313e-16)]),
    p(subnormal, [I(5.0e-324) / I(2.0), I(2.2250738585072014e-308) / I(2.0), I(5.0e-324) * I(0.5), I(1.0e-300) * I(1.0e-300)]),
    p(large, [I(1.0e308) * I(1.7), I(-1.0e308) * I(1.7), I(1.7976931348623157e308) + I(1.0e291), I(1.7976931348623157e308) - I(1.0e300)]),
    p(overflow, [t(fun() -> I(1.0e308) * I(10.0) end), t(fun() -> I(1.7976931348623157e308) + I(1.0e300) end),
                 t(fun() -> I(1.0e200) * I(1.0e200) end), t(fun() -> I(1.0) / I(1.0e-320) end)]),
    p(zero, [I(0.0) * I(-1.0), I(-0.0) + I(0.0), I(-0.0) - I(0.0), I(0.0) / I(-5.0), -I(0.0), I(0.0) == I(-0.0), I(0.0) =:= I(-0.0)]),
    p(div_zero, [t(fun() -> I(1.0) / I(0.0) end), t(fun() -> I(0.0) / I(0.0) end), t(fun() -> I(1.0) / I(-0.0) end)]),
    p(int_float_mix, [I(1) + I(1.0), I(3) * I(0.5), I(7) / I(2), I(1 bsl 53) + I(1.0), I((1 bsl 53) + 1) * I(1.0), I(10) - I(0.1)]),
    p(compare, [I(0.1) + I(0.2) == I(0.3), I(0.1) + I(0.2) > I(0.3), I(1) == I(1.0), I(1) < I(1.0000000000000002),
                I(16#20000000000001) > I(9007199254740992.0), I(16#20000000000001) == I(9007199254740992.0)]),
    p(rounding_bifs, [{round(I(X)), trunc(I(X)), floor(I(X)), ceil(I(X))} || X <- [2.5, 3.5, -2.5, -3.5, 0.49999999999999994, -0.5, 1.0e15 + 0.5, 4.5e15]]),
    p(float_bif, [float(I(1 bsl 62)), float(I(-(1 bsl 70))), float(I((1 bsl 53) + 1)), float(I(123))]),
    p(sums, [lists:sum([I(0.1) || _ <- lists:seq(1, 10)]), lists:foldl(fun(X, A) -> A + X end, 0.0, [I(1.0e16), 1.0, -1.0e16])]),
    p(series, lists:foldl(fun(N, A) -> A + 1 / (N * N) end, 0.0, lists:seq(1, I(10000)))),
    p(sqrt_newton, newton(I(2.0), 1.0, 20)),
    p(pow_loop, lists:foldl(fun(_, A) -> A * 1.0001 end, 1.0, lists:seq(1, I(10000)))),
    p(abs_neg, [abs(I(-0.0)), abs(I(-1.5)), -I(-1.5)]),
    ok.

newton(_, G, 0) -> G;
newton(X, G, N) -> newton(X, (G + X / G) / 2, N - 1).
