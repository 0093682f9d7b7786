namespace Microsoft.eShopWeb.Web.ViewModels.File;

public class FileViewModel
{
    public string? FileName { get; set; }
    public string? Url { get; set; }
    public string? DataBase64 { get; set; }
}
