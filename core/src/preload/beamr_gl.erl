%% The group leader every beamr process starts with: it answers the Erlang
%% I/O protocol ({io_request, From, ReplyAs, Request}) so OTP's io.beam runs
%% unmodified, and writes the characters to the host's standard output.
%% Compiled with `erlc` (OTP 25) into beamr_gl.beam, which the core embeds.
-module(beamr_gl).
-export([start/1]).

start(Fd) ->
    loop(Fd).

loop(Fd) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            Reply = request(Fd, Request),
            From ! {io_reply, ReplyAs, Reply},
            loop(Fd);
        _Other ->
            loop(Fd)
    end.

request(Fd, {put_chars, Enc, Chars}) ->
    put_chars(Fd, Enc, Chars);
request(Fd, {put_chars, Enc, M, F, A}) ->
    try apply(M, F, A) of
        Chars -> put_chars(Fd, Enc, Chars)
    catch
        _:_ -> {error, {error, F}}
    end;
request(Fd, {put_chars, Chars}) ->
    put_chars(Fd, latin1, Chars);
request(Fd, {put_chars, M, F, A}) ->
    request(Fd, {put_chars, latin1, M, F, A});
request(Fd, {requests, Reqs}) ->
    requests(Fd, Reqs, ok);
request(_Fd, {get_geometry, _}) ->
    {error, enotsup};
request(_Fd, getopts) ->
    [{binary, false}, {encoding, latin1}];
request(_Fd, {setopts, _}) ->
    ok;
request(_Fd, {get_chars, _, _, _}) -> eof;
request(_Fd, {get_chars, _, _}) -> eof;
request(_Fd, {get_line, _, _}) -> eof;
request(_Fd, {get_line, _}) -> eof;
request(_Fd, {get_until, _, _, _, _, _}) -> eof;
request(_Fd, {get_until, _, _, _, _}) -> eof;
request(_Fd, _) ->
    {error, request}.

requests(_Fd, [], Result) ->
    Result;
requests(Fd, [R | Rs], _) ->
    case request(Fd, R) of
        ok -> requests(Fd, Rs, ok);
        Other -> Other
    end.

put_chars(Fd, unicode, Chars) ->
    case catch unicode:characters_to_binary(Chars, unicode, unicode) of
        Bin when is_binary(Bin) ->
            beamr_io:write(Fd, Bin),
            ok;
        _ ->
            {error, put_chars}
    end;
put_chars(Fd, latin1, Chars) ->
    case catch unicode:characters_to_binary(Chars, latin1, unicode) of
        Bin when is_binary(Bin) ->
            beamr_io:write(Fd, Bin),
            ok;
        _ ->
            {error, put_chars}
    end;
put_chars(Fd, _, Chars) ->
    put_chars(Fd, unicode, Chars).
