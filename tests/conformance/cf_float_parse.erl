-module(cf_float_parse).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    I = fun ?MODULE:id/1,
    Good = ["0.0", "-0.0", "1.0", "+1.0", "1.5e3", "1.5E3", "1.5e+3", "1.5e-3", "123.456", "1.0e308",
            "1.7976931348623157e308", "4.9e-324", "2.4e-324", "1.0e-400", "0.1", "0.30000000000000004",
            "9007199254740993.0", "00001.5", "1.0000000000000000000000001", "3.141592653589793238462643383279",
            "1.0e0", "5.0e-1", "1.7976931348623158e308", "123456789012345678901234567890.0"],
    lists:foreach(fun(S) -> io:format("~p~n", [{S, t(fun() -> list_to_float(I(S)) end),
                                                 t(fun() -> binary_to_float(list_to_binary(I(S))) end)}])
                  end, Good),
    Bad = ["1", "1.", ".5", "1e5", "1.0e", "1.0e+", "abc", "", " 1.0", "1.0 ", "1.0e309",
           "inf", "nan", "-", "1.0.0", "0x1.0", "1.0f", "--1.0", "1.0e1.5"],
    io:format("~p~n", [{bad_list, [{S, t(fun() -> list_to_float(I(S)) end)} || S <- Bad]}]),
    io:format("~p~n", [{bad_bin, [t(fun() -> binary_to_float(list_to_binary(I(S))) end) || S <- Bad]}]),
    io:format("~p~n", [{bad_type, [t(fun() -> list_to_float(I(X)) end) || X <- [1.0, <<"1.0">>, '1.0', [$1, $., 0]]]}]),
    io:format("~p~n", [{string_to_float, [string:to_float(I(S)) || S <- ["1.5abc", "1.5e2x", "abc", "1", "-0.25 rest", "2.0e"]]}]),
    io:format("~p~n", [{string_to_integer, [string:to_integer(I(S)) || S <- ["12abc", "-7", "+8x", "x", "1.5", <<"99 bottles">>]]}]),
    io:format("~p~n", [{roundtrip, lists:all(fun(F) -> list_to_float(float_to_list(F)) =:= F andalso
                                                      list_to_float(float_to_list(F, [short])) =:= F end,
                                           [I(X) * 1.1 || X <- lists:seq(-200, 200)] ++ [1.0e-300, 1.0e300, 0.1, 5.0e-324])}]),
    io:format("~p~n", [{erl_scan, [element(2, erl_scan:string(I(S))) || S <- ["1.5e10", "2#101", "16#ff", "$a", "1_000"]]}]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
