#!/usr/bin/env escript
%% Writes the binary_to_term seed corpus: term_to_binary of varied terms.
main([Dir]) ->
    Terms = [
        {small, [{1, 2}, 255, -1, 1 bsl 40, -(1 bsl 90), 1 bsl 300]},
        {floats, [0.0, -0.0, 3.14, 1.0e300]},
        {atoms, [ok, 'hello world', 'ünïcode', '']},
        {strings, ["abc", "", [1, 2, 300]]},
        {bins, [<<>>, <<1, 2, 3>>, <<1:3>>, binary:copy(<<"x">>, 100)]},
        {maps, #{a => 1, <<"b">> => [2], {c} => #{}}},
        {big_map, maps:from_list([{I, I} || I <- lists:seq(1, 40)])},
        {pids, [self(), make_ref(), hd(erlang:ports())]},
        {funs, [fun erlang:length/1, fun lists:map/2]},
        {nested, {{{{[[[{}]]]}}}, [a | b]}},
        {improper, [1, 2 | 3]}
    ],
    lists:foreach(
        fun({I, {Name, T}}) ->
            file:write_file(filename:join(Dir, io_lib:format("~2..0w_~s", [I, Name])),
                            term_to_binary(T)),
            file:write_file(filename:join(Dir, io_lib:format("~2..0w_~s_v2z", [I, Name])),
                            term_to_binary(T, [compressed, {minor_version, 2}]))
        end,
        lists:zip(lists:seq(1, length(Terms)), Terms)).
