namespace Microsoft.eShopWeb.Web;

public static class Constants
{
    public const string BASKET_COOKIENAME = "eShop";
    public const int ITEMS_PER_PAGE = 10;
    public const string DEFAULT_USERNAME = "Guest";
    public const string BASKET_ID = "BasketId";
}
