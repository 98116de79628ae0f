-module(cf_int_conv).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    I = fun ?MODULE:id/1,
    Ints = [0, 1, -1, 7, 35, 36, 255, -255, 1 bsl 27, 1 bsl 32, (1 bsl 59) - 1, -(1 bsl 60), 1 bsl 64, -(1 bsl 100) + 12345],
    lists:foreach(
      fun(N0) ->
              N = I(N0),
              io:format("~p~n", [{N0, integer_to_list(N), [integer_to_list(N, B) || B <- [2, 8, 16, 36]],
                                  integer_to_binary(N, 3)}])
      end, Ints),
    io:format("~p~n", [{all_bases, [integer_to_list(I(123456789), B) || B <- lists:seq(2, 36)]}]),
    io:format("~p~n", [{bin_bases, [integer_to_binary(I(-1295), B) || B <- [10, 16, 36]]}]),
    Parses = [{"0", 10}, {"-0", 10}, {"+42", 10}, {"007", 8}, {"ff", 16}, {"FF", 16}, {"fF", 16}, {"-z", 36},
              {"Zz", 36}, {"1010", 2}, {"777", 8}, {"123456789012345678901234567890", 10},
              {"-123456789abcdef0123456789abcdef", 16}, {"10", 36}, {"10", 2}],
    io:format("~p~n", [{parse, [{S, B, list_to_integer(I(S), I(B)), binary_to_integer(list_to_binary(I(S)), I(B))} || {S, B} <- Parses]}]),
    Bad = [{"", 10}, {"-", 10}, {"+", 10}, {"12a", 10}, {"2", 2}, {"8", 8}, {"g", 16}, {" 1", 10}, {"1 ", 10},
           {"1.0", 10}, {"--1", 10}, {"+-1", 10}, {"1", 1}, {"1", 37}, {"1", 0}, {"0x10", 16}, {"1_000", 10}],
    io:format("~p~n", [{bad_parse, [{S, B, t(fun() -> list_to_integer(I(S), I(B)) end)} || {S, B} <- Bad]}]),
    io:format("~p~n", [{bad_parse_bin, [t(fun() -> binary_to_integer(list_to_binary(I(S)), I(B)) end) || {S, B} <- Bad]}]),
    io:format("~p~n", [{bad_args, [t(fun() -> integer_to_list(I(1.0)) end), t(fun() -> integer_to_list(I(10), I(1)) end),
                                    t(fun() -> integer_to_list(I(10), I(37)) end), t(fun() -> integer_to_binary(I(a)) end),
                                    t(fun() -> list_to_integer(I(<<"1">>)) end), t(fun() -> binary_to_integer(I("1")) end),
                                    t(fun() -> list_to_integer(I([$1 | $2])) end), t(fun() -> list_to_integer(I([$1, 256])) end)]}]),
    io:format("~p~n", [{default_base, [list_to_integer(I("-987")), binary_to_integer(I(<<"+5">>)), integer_to_binary(I(-77))]}]),
    io:format("~p~n", [{roundtrip, lists:all(fun({N, B}) -> list_to_integer(integer_to_list(N, B), B) =:= N end,
                                           [{I(N), B} || N <- Ints, B <- lists:seq(2, 36)])}]),
    io:format("~p~n", [{long_string, list_to_integer(I(lists:duplicate(100, $7)), 8) rem 1000000007}]),
    io:format("~p~n", [{char_lists, [list_to_integer(I(S)) || S <- [[$1, $2], "0000000000000000000001"]]}]),
    io:format("~p~n", [{erlang_fmt, [lists:flatten(io_lib:format("~.16B ~.2b ~.36B ~8.16.0B ~-6B| ~6B|", [I(255), I(5), I(1295), I(3054), I(-3), I(-3)]))]}]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
