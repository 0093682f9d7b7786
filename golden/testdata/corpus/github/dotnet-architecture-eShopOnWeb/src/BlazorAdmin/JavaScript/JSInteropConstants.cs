namespace BlazorAdmin.JavaScript;

public static class JSInteropConstants
{
    public static string DeleteCookie => "deleteCookie";
    public static string GetCookie => "getCookie";
    public static string RouteOutside => "routeOutside";
    public static string HideBodyOverflow => "hideBodyOverflow";
    public static string ShowBodyOverflow => "showBodyOverflow";
}
