-module(cf_math).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    p(pi_e, [math:pi(), math:exp(1)]),
    p(trig, [math:sin(I(0.5)), math:cos(I(0.5)), math:tan(I(0.5)), math:asin(I(0.5)), math:acos(I(0.5)), math:atan(I(0.5)),
             math:atan2(I(1.0), I(-1.0)), math:atan2(I(0), I(0)), math:sin(I(0)), math:cos(I(0))]),
    p(hyperbolic, [math:sinh(I(1)), math:cosh(I(1)), math:tanh(I(1)), math:asinh(I(1)), math:acosh(I(2)), math:atanh(I(0.5))]),
    p(exp_log, [math:exp(I(0)), math:exp(I(2)), math:log(I(10)), math:log2(I(1024)), math:log10(I(1000)), math:log(I(1 bsl 100))]),
    p(pow_sqrt, [math:pow(I(2), I(10)), math:pow(I(2.5), I(-2)), math:pow(I(-8), I(3)), math:sqrt(I(2)), math:sqrt(I(1 bsl 80)),
                 math:pow(I(10), I(0.5)), math:pow(I(0), I(0))]),
    p(rounding, [math:floor(I(-2.5)), math:ceil(I(-2.5)), math:floor(I(3)), math:ceil(I(3.000001)), math:fmod(I(7.5), I(2)),
                 math:fmod(I(-7.5), I(2)), math:fmod(I(7), I(-3))]),
    p(erf, [math:erf(I(0.5)), math:erfc(I(0.5))]),
    p(errors, [t(fun() -> math:sqrt(I(-1)) end), t(fun() -> math:log(I(0)) end), t(fun() -> math:log(I(-1)) end),
               t(fun() -> math:acos(I(2)) end), t(fun() -> math:pow(I(10), I(400)) end), t(fun() -> math:exp(I(1000)) end),
               t(fun() -> math:sin(I(a)) end), t(fun() -> math:fmod(I(1), I(0)) end), t(fun() -> math:pow(I(-8), I(0.5)) end)]),
    p(erlang_numeric, [abs(I(-3)), abs(I(-3.5)), trunc(I(-3.7)), round(I(-3.5)), round(I(3.5)), round(I(2.5)), floor(I(-0.5)),
                       ceil(I(-0.5)), float(I(7)), trunc(I(1.0e20)), round(I(1.0e20)), floor(I(5)), ceil(I(1 bsl 70))]),
    p(float_ops, [I(0.1) + I(0.2), I(1.0) / I(3), I(2.0) * I(0.5),
                  I(1.0e-320) / I(1.0e10), -I(0.0), I(0.0) * I(-1)]),
    p(float_overflow, [t(fun() -> I(1.0e308) * I(10) end), t(fun() -> I(1.0e308) + I(1.0e308) end), t(fun() -> I(1.0) / I(0.0) end)]),
    p(mixed, [I(1) + I(0.5), I(3) * I(1.5), I(7) / I(7), I(1 bsl 60) * I(1.0), I(2) - I(2.0)]),
    ok.
