-module(cf_erl_eval).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

eval(S) ->
    try
        {ok, Tokens, _} = erl_scan:string(S),
        {ok, Exprs} = erl_parse:parse_exprs(Tokens),
        {value, V, _} = erl_eval:exprs(Exprs, erl_eval:new_bindings()),
        V
    catch
        C:R -> {C, R}
    end.

main() ->
    Exprs = [
        "1 + 2 * 3.",
        "X = 10, Y = 20, X * Y.",
        "lists:seq(1, 5).",
        "[X * X || X <- [1, 2, 3], X > 1].",
        "<< <<B>> || <<B>> <= <<1, 2, 3>> >>.",
        "F = fun(N) -> N + 1 end, F(41).",
        "Fact = fun Fa(0) -> 1; Fa(N) -> N * Fa(N - 1) end, Fact(20).",
        "case {a, 1} of {a, N} when N > 0 -> pos; _ -> other end.",
        "try throw(x) catch throw:V -> {caught, V} end.",
        "#{a => 1, b => 2}.",
        "M = #{a => 1}, M#{a := 2, c => 3}.",
        "<<X:4, Y:4>> = <<16#AB>>, {X, Y}.",
        "element(2, {a, b, c}).",
        "\"abc\" ++ \"def\".",
        "[1, 2, 3] -- [2].",
        "1 bsl 100.",
        "10 / 4.",
        "10 div 4.",
        "atom_to_list(hello).",
        "begin A = 1, B = A + 1, {A, B} end.",
        "if 1 > 2 -> a; true -> b end.",
        "lists:foldl(fun(X, Acc) -> X + Acc end, 0, lists:seq(1, 100)).",
        "{1, 2} = {1, 3}.",
        "1 / 0.",
        "undefined_fun_xyz().",
        "erlang:error(custom).",
        "X = 1, X = 2.",
        "2#1010 + 16#ff + $a.",
        "[H | T] = [1, 2, 3], {H, T}.",
        "receive after 0 -> timeout end.",
        "maps:get(k, #{k => v}).",
        "case 5 of X when X > 3, X < 10 -> in_range end.",
        "1.5e3 + 0.5."
    ],
    lists:foreach(fun(S) -> p(S, eval(S)) end, Exprs),
    p(scan, [erl_scan:string(id("foo(X) -> X + 1.")), erl_scan:string(id("'quoted' \"str\" 1.5 $x"))]),
    p(scan_error, element(1, erl_scan:string(id("\"unterminated")))),
    p(parse_form, begin {ok, Ts, _} = erl_scan:string(id("f(X) -> X * 2.")), {ok, Form} = erl_parse:parse_form(Ts), Form end),
    p(parse_term, begin {ok, Ts2, _} = erl_scan:string(id("{a, [1, 2.5, \"s\"], #{k => <<1>>}}.")), erl_parse:parse_term(Ts2) end),
    p(pretty, begin {ok, Ts3, _} = erl_scan:string(id("X = case Y of 1 -> a; _ -> b end.")), {ok, Es} = erl_parse:parse_exprs(Ts3),
                    lists:flatten(erl_pp:exprs(Es)) end),
    ok.
