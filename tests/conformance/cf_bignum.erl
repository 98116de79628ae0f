-module(cf_bignum).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

isqrt(0) -> 0;
isqrt(N) -> isqrt(N, N).
isqrt(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt(N, Y) end.

main() ->
    I = fun ?MODULE:id/1,
    p(fact30, fact(I(30))),
    p(fact100, fact(I(100))),
    F200 = fact(I(200)),
    p(fact200_len, length(integer_to_list(F200))),
    p(fact200_mod, F200 rem 1000000007),
    p(fact_ratio, fact(I(120)) div fact(I(118))),
    p(pow2_200, pow(I(2), 200)),
    p(pow3_100, pow(I(3), 100)),
    p(pow_neg, pow(I(-7), 51)),
    p(fib300, fib(I(300))),
    p(gcd, [gcd(fact(I(50)), pow(I(2), 100)), gcd(fib(I(200)), fib(I(150))), gcd(I(-12), I(18))]),
    p(isqrt, [isqrt(pow(I(10), 40)), isqrt(pow(I(2), 127) - 1), isqrt(I(99))]),
    A = I(123456789012345678901234567890123456789),
    B = I(-987654321098765432109876543210),
    p(ops, [A + B, A - B, A * B, A div B, A rem B, B div A, B rem A, -A, abs(B)]),
    p(divmod_signs, [{X div Y, X rem Y} || X <- [A, -A], Y <- [B, -B, I(7), I(-7)]]),
    p(bitops, [A band B, A bor B, A bxor B, bnot A, A bsr 70, B bsr 70, A bsl 3]),
    p(compare, [A > B, A < B, A == A + 0, A =:= A * 1, A > 1.0e38, A < 1.0e39, B < -1.0e29, B > -1.0e30,
                I(1 bsl 64) == I(18446744073709551616.0), I(1 bsl 64) =:= I(18446744073709551616.0),
                I((1 bsl 64) + 1) == I(18446744073709551616.0)]),
    p(to_float, [float(A), float(B), float(pow(I(2), 1023)), A / B, I(pow(10, 30)) / I(pow(10, 29))]),
    p(too_big_float, t(fun() -> float(pow(I(2), 1024)) end)),
    p(trunc_round, [trunc(I(1.0e20)), round(I(-2.5e19)), trunc(I(1.7976931348623157e308)) rem 1000000007]),
    p(mixed_float, [A + 0.5, B * 2.0, I(pow(2, 60)) + 1.0]),
    p(abs_neg, [abs(I(-(1 bsl 100))), -I(-(1 bsl 100)), I(-(1 bsl 64)) * I(-1)]),
    p(shrink, [(I(1 bsl 100) - (1 bsl 100)), (I(1 bsl 100) div (1 bsl 99)), is_integer(I(1 bsl 100) - (1 bsl 100) + 5)]),
    p(strings, [integer_to_list(fact(I(25))), integer_to_list(-pow(I(16), 20), 16), integer_to_binary(pow(I(36), 15), 36)]),
    p(parse, [list_to_integer("-" ++ lists:duplicate(40, $9)), binary_to_integer(<<"123456789012345678901234567890">>),
              list_to_integer(lists:duplicate(30, $z), 36)]),
    p(sum_big_list, lists:sum([pow(I(2), N) || N <- lists:seq(0, 199)])),
    p(product_mod, lists:foldl(fun(X, Acc) -> (Acc * X) rem (pow(2, 89) - 1) end, 1, lists:seq(1, I(500)))),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
