-module(cf_io_format).
-export([main/0, id/1]).

id(X) -> X.

f(Fmt, Args) -> try lists:flatten(io_lib:format(Fmt, Args)) catch C:R -> {C, R} end.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    T = I({atom, "string", <<"bin">>, [1, 2], 3.5, #{k => v}}),
    p(p_w, [f("~p", [T]), f("~w", [T])]),
    p(s, [f("~s", ["abc"]), f("~s", [<<"bin">>]), f("~s", [abc]), f("~s", [["io", [$l], <<"ist">>]]),
          f("~10s|", ["abc"]), f("~-10s|", ["abc"]), f("~.2s|", ["abcdef"]), f("~5.2s|", ["abcdef"]),
          f("~-5.2s|", ["abcdef"]), f("~10.3.*s|", [$#, "abcdef"])]),
    p(s_atoms, [f("~s", [hello]), f("~10s|", [hi]), f("~-10s|", [hi]), f("~s", ['quoted atom']), f("~p", ['quoted atom'])]),
    p(c, [f("~c", [$x]), f("~5c", [$y]), f("~3.4c|", [$z]), f("~-3c|", [$q])]),
    p(integers, [f("~b", [255]), f("~.2b", [5]), f("~.16b", [255]), f("~.16B", [255]), f("~8.16.0B", [255]),
                 f("~x", [255, "0x"]), f("~.16X", [255, "#"]), f("~#", [255]), f("~.8#", [255]), f("~+", [10]),
                 f("~10b|", [42]), f("~-10b|", [42]), f("~.36B", [123456789]), f("~b", [-17]), f("~.16b", [1 bsl 70])]),
    p(padding, [f("~10.3f|", [3.14159]), f("~-10.3f|", [3.14159]), f("~10..0w|", [7]), f("~*w|", [6, x]),
                f("~.*w|", [2, x]), f("~-*w|", [6, x]), f("~*.*s|", [6, 2, "abcdef"])]),
    p(p_width, [f("~5p|", [abc]), f("~15p|", [[1, 2, 3]]), f("~-15w|", [abc]), f("~15w|", [abc]), f("~3w|", [abcdef])]),
    p(tilde_n, [f("a~nb", []), f("~~", []), f("~i~p", [skip, shown])]),
    p(ts, [f("~ts", [<<"héllo"/utf8>>]) =:= [$h, 233, $l, $l, $o], f("~ts", [[16#1F600]]) =:= [16#1F600],
           f("~tp", [[16#1F600]]) =:= "[128512]", f("~p", [[233]]) =:= [$", 233, $"], f("~w", ['é1']) =:= [233, $1], f("~tp", [<<"é"/utf8>>]) =:= "<<\"é\"/utf8>>"]),
    p(p_strings, [f("~p", ["abc"]), f("~p", [[97, 98, 0]]), f("~p", [[10, 9]]), f("~p", ["a\"b\\c"]), f("~w", ["abc"]),
                  f("~p", [<<"abc">>]), f("~p", [<<1, 2, 3>>]), f("~p", [<<"a", 0>>]), f("~p", [[]]), f("~p", [""])]),
    p(p_atoms, [f("~p", [A]) || A <- ['hello', 'Hello', 'hello world', '', 'a@b', 'a.b', 'if', 'case', 'receive', 'ok\n', '_x', 'x_Y1']]),
    p(p_numbers, [f("~p", [N]) || N <- [0, -1, 1 bsl 70, 0.1, -0.0, 1.0e-10]]),
    p(p_other, [f("~p", [X]) || X <- [{}, [a | b], #{}, #{a => #{b => []}}, {[{}]}, <<1:3>>, <<1, 2:4>>]]),
    p(p_deep, f("~p", [lists:seq(1, 40)])),
    p(p_nested_wrap, f("~p", [[{key, lists:seq(1, 12)}, {other, "a longer string value here"}, {map, #{alpha => 1, beta => [x, y, z]}}]])),
    p(p_line_length, f("~P", [lists:seq(1, 30), 10])),
    p(w_depth, [f("~W", [[1, [2, [3, [4, [5]]]]], 3]), f("~P", [{a, {b, {c, {d}}}}, 3])]),
    p(errors, [t(fun() -> f("~d", [1]) end), t(fun() -> f("~p", []) end), t(fun() -> f("~s", [1]) end),
               t(fun() -> f("~a", [atom]) end), t(fun() -> f("~c", [a]) end), t(fun() -> f("~b", [1.0]) end),
               t(fun() -> f("~p ~p", [1]) end), t(fun() -> f("x", [extra]) end)]),
    p(io_lib_funs, [lists:flatten(io_lib:write(I({a, "b"}))), lists:flatten(io_lib:write_string("q\"s")),
                    lists:flatten(io_lib:write_atom('A b')), io_lib:printable_list(I("abc")), io_lib:printable_list(I([1, 2])),
                    io_lib:printable_latin1_list(I([233])), lists:flatten(io_lib:fwrite("~p", [x])),
                    lists:flatten(io_lib:write_char($a)), lists:flatten(io_lib:print(I({x, [1]})))]),
    p(chars_to_list, [io_lib:char_list(I("abc")), io_lib:deep_char_list(I(["a", ["b"]])), io_lib:latin1_char_list(I([300]))]),
    ok.
